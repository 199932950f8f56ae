package dev.plumb.compile;

/**
 * Migrations could not be loaded: a missing path, a compile error, no compiler, a class that cannot be instantiated.
 * The message is one line naming the file or class and the fix.
 */
public class MigrationLoadException extends RuntimeException {

    public MigrationLoadException(String message) {
        super(message);
    }

    public MigrationLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
