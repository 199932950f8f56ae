package dev.plumb.runtime;

/**
 * The history and the code disagree, or a request cannot be met, so nothing was applied: an applied migration was
 * edited or removed, versions are duplicated or invalid, a pending migration is older than the newest applied one, a
 * migration is partially applied, a migration has SQL for other dialects but none for the connection's, a baseline
 * was asked for on a database that already has a history, a target or rollback version is unknown, or more rollback
 * steps were asked for than are applied. The message names the version and the fix.
 */
public class ValidationException extends MigrationException {

    public ValidationException(String version, String message) {
        super(version, message, null);
    }
}
