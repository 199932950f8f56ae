package dev.plumb.diff;

/** A declared rename that is malformed or names nothing: a usage error, so that a typo never drops data. */
public final class RenameHintException extends IllegalArgumentException {

    public RenameHintException(String message) {
        super(message);
    }
}
