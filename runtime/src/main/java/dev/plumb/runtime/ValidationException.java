package dev.plumb.runtime;

/**
 * The history and the code disagree, so nothing was applied: an applied migration was edited or removed, versions
 * are duplicated, a pending migration is older than the newest applied one, a migration is partially applied, or a
 * baseline was asked for on a database that already has a history. The message names the version and the fix.
 */
public class ValidationException extends MigrationException {

    public ValidationException(String version, String message) {
        super(version, message, null);
    }
}
