package dev.plumb.runtime;

import java.util.Optional;

/**
 * A migration could not be applied, rolled back or validated, or the migration lock could not be taken. The message
 * is one line that names the migration and says what to do. A failed migration is never recorded as applied; on
 * PostgreSQL nothing of its failed step is left applied either (earlier steps of a migration of several stay, recorded
 * for {@code repair}), while on H2 (which commits DDL implicitly) the statements before
 * the failing one stay applied: the message names them and the history records how far it got. An exception thrown
 * by a migration's own {@code up} or {@code down} is reported the same way, naming the migration.
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
