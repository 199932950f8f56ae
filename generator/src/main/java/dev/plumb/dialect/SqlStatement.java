package dev.plumb.dialect;

import java.util.Objects;

/**
 * One SQL statement as a dialect's renderer writes it (no trailing semicolon), and whether it may run inside a
 * transaction. The renderer knows: PostgreSQL refuses {@code create index concurrently} in a transaction block, which
 * no one should have to re-discover by reading the SQL text back.
 */
public record SqlStatement(String sql, boolean transactional) {

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
    }

    /** A statement that may run inside a transaction, as most DDL can where the database has transactional DDL. */
    public static SqlStatement of(String sql) {
        return new SqlStatement(sql, true);
    }

    /** A statement the database refuses inside a transaction. */
    public static SqlStatement outsideTransaction(String sql) {
        return new SqlStatement(sql, false);
    }
}
