package dev.plumb.runtime;

import java.util.Optional;

/**
 * A migration could not be applied, rolled back or validated. The message is one line that names the migration and
 * says what to do; nothing of the failing migration is left applied.
 */
public class MigrationException extends RuntimeException {

    private final String version;

    public MigrationException(String version, String message, Throwable cause) {
        super(message, cause);
        this.version = version;
    }

    public MigrationException(String message) {
        this(null, message, null);
    }

    /** The version of the migration concerned, when there is one. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }
}
