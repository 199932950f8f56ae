package dev.plumb.runtime;

/**
 * Another process held the migration lock for longer than the lock timeout; nothing was applied or rolled back. The
 * message names the holder and since when.
 */
public class LockTimeoutException extends MigrationException {

    public LockTimeoutException(String message) {
        super(null, message, null);
    }
}
