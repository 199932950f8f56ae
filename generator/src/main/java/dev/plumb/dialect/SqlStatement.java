package dev.plumb.dialect;

import java.util.Objects;
import java.util.Optional;

/**
 * One SQL statement as a dialect's renderer writes it (no trailing semicolon), and how it must be run. The renderer
 * knows: PostgreSQL refuses {@code create index concurrently} in a transaction block, and a {@code validate
 * constraint} belongs in a transaction of its own so that the brief strong lock of the {@code add constraint ... not
 * valid} before it is released before the long scan; no one should have to re-discover that by reading the SQL back.
 *
 * <p>{@code lock} is the dialect's note on what the statement locks, on which table and for how long in the worst
 * case ({@code SHARE on customer for the whole build: writers wait}); empty where the dialect says nothing. The
 * generated class's Javadoc and {@code generate --dry-run} print it above the statement, for the reviewer.
 */
public record SqlStatement(String sql, Execution execution, Optional<String> lock) {

    /** How a statement runs relative to the statements around it. */
    public enum Execution {
        /** In one transaction with the transactional statements next to it (most DDL). */
        IN_TRANSACTION,
        /** In a transaction of its own: the statements before it are committed first, those after it start anew. */
        OWN_TRANSACTION,
        /** Outside any transaction (auto-commit), as a step of its own. */
        OUTSIDE_TRANSACTION
    }

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(lock, "lock");
    }

    /** A statement without a lock note. */
    public SqlStatement(String sql, Execution execution) {
        this(sql, execution, Optional.empty());
    }

    /** The same statement with the dialect's note on the lock it takes. */
    public SqlStatement withLock(String note) {
        return new SqlStatement(sql, execution, Optional.of(note));
    }

    /** A statement that may run inside a transaction, as most DDL can where the database has transactional DDL. */
    public static SqlStatement of(String sql) {
        return new SqlStatement(sql, Execution.IN_TRANSACTION);
    }

    /** A statement that runs in a transaction of its own (a long validation after a brief strong lock). */
    public static SqlStatement ownTransaction(String sql) {
        return new SqlStatement(sql, Execution.OWN_TRANSACTION);
    }

    /** A statement the database refuses inside a transaction. */
    public static SqlStatement outsideTransaction(String sql) {
        return new SqlStatement(sql, Execution.OUTSIDE_TRANSACTION);
    }

    /** Whether it may run inside a transaction at all. */
    public boolean transactional() {
        return execution != Execution.OUTSIDE_TRANSACTION;
    }
}
