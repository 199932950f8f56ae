package dev.plumb.diff;

/** A declared rename or backfill that is malformed or names nothing: a usage error, so that a typo never drops data. */
public final class HintException extends IllegalArgumentException {

    public HintException(String message) {
        super(message);
    }
}
