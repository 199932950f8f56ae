package dev.plumb.runtime;

import java.util.Optional;

/**
 * A migration could not be applied, rolled back or validated, or the migration lock could not be taken. The message
 * is one line that names the migration and says what to do. A failed migration is never recorded as applied; on
 * PostgreSQL nothing of it is left applied either, while H2 keeps the DDL statements that ran before the failing
 * one (it commits DDL implicitly), and the message then says so.
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
