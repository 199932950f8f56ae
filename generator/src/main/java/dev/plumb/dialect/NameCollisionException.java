package dev.plumb.dialect;

/**
 * A name of the entities that the database cannot store as written. Two names it would store as one: PostgreSQL keeps
 * only the first 63 bytes of a name, so {@code order_line_item_..._created_at} and
 * {@code order_line_item_..._created_by} may become the same table; or a name longer than it accepts at all (MariaDB:
 * 64 characters). A mapping the database cannot express, found at {@code generate}, not a migration that fails at
 * {@code migrate}: the CLI reports it as a usage error (exit 2) in one line naming the names.
 */
public final class NameCollisionException extends RuntimeException {

    public NameCollisionException(String message) {
        super(message);
    }
}
