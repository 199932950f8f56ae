package dev.plumb.scratch;

import dev.plumb.config.DatabaseUnavailableException;

/** A scratch database could not be created or dropped; the CLI reports it as an unreachable database. */
public final class ScratchException extends DatabaseUnavailableException {

    public ScratchException(String message, Throwable cause) {
        super(message, cause);
    }
}
