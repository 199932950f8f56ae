package dev.plumb.dialect;

/**
 * Another process kept the database (an embedded file database) for longer than the wait allowed. The message names
 * the database and the holder, and the option to wait longer.
 */
public class DatabaseBusyException extends RuntimeException {

    public DatabaseBusyException(String message) {
        super(message);
    }
}
