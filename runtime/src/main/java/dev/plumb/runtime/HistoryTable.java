package dev.plumb.runtime;

/** Names of the tables the runtime owns; the generator's inspectors leave them out of every diff. */
public final class HistoryTable {

    public static final String DEFAULT_NAME = "plumb_schema_history";

    /** The table whose row lock serializes migrators on databases without advisory locks (H2). */
    public static final String LOCK_TABLE = "plumb_lock";

    private HistoryTable() {
    }
}
