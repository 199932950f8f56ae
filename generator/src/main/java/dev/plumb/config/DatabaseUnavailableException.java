package dev.plumb.config;

/**
 * The database cannot be reached or its catalog cannot be read. The message names the (password-free) URL; the cause
 * is the driver's {@link java.sql.SQLException}.
 */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
