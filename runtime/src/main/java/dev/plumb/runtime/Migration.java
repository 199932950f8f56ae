package dev.plumb.runtime;

/**
 * One migration: a version, a description and the SQL that moves the schema up and back down, for every dialect it
 * supports. Generated classes implement it; hand-written ones may too.
 *
 * <p>The runtime orders migrations by {@link #version()}, records each applied one in the history table with a
 * checksum of its SQL for the connection's dialect, and runs {@link #up(Script)} in the transactions of its
 * {@linkplain ScriptStep steps} where the dialect allows DDL in transactions.
 */
public interface Migration {

    /** The version, unique among all migrations, for example {@code 20261122093015}; compared part by part. */
    String version();

    /** A short human description, for example {@code Add custom domain}. */
    String description();

    /** Fills in the statements that apply this migration. */
    void up(Script script);

    /** Fills in the statements that undo {@link #up(Script)}. */
    void down(Script script);

    /**
     * False when the migration must run outside a transaction (for example {@code create index concurrently}): the
     * runtime then applies its statements one by one in auto-commit. The runtime asks
     * {@link #transactional(Dialect)}; a migration written before that existed overrides this one, and its answer
     * still holds for every dialect. A new migration rather puts such statements in
     * {@link Script#outsideTransaction}, so that the rest keeps its transactions (steps).
     */
    default boolean transactional() {
        return true;
    }

    /**
     * False when the migration's statements for {@code dialect} must run outside a transaction: one class can carry
     * PostgreSQL's {@code create index concurrently}, which PostgreSQL refuses inside a transaction block, and H2's
     * plain {@code create index}. The runtime then applies it statement by statement with its progress in the
     * history. By default the answer of {@link #transactional()}, so hand-written migrations overriding it keep
     * working. Generated classes no longer override it: they call {@link Script#outsideTransaction} for the
     * statements a database refuses in a transaction, and the runtime applies the {@linkplain ScriptStep steps}.
     */
    default boolean transactional(Dialect dialect) {
        return transactional();
    }

    /**
     * False when {@link #down(Script)} restores the structure but not the values {@link #up(Script)} changed (a
     * type conversion, a backfill). {@link Migrator#rollback(int)} refuses to undo such a migration unless the
     * migrator was built with {@link Migrator.Builder#force(boolean)}.
     */
    default boolean reversible() {
        return true;
    }
}
