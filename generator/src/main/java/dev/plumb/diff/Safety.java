package dev.plumb.diff;

/**
 * How risky a change is on a table that already holds rows. Shown in the generated class so reviewers see it, and
 * refused by {@code generate --strict} unless {@link #SAFE} or acknowledged. The order is from harmless to
 * destructive; a change with several aspects takes its worst.
 *
 * <p>Anything added to a table the same migration creates is safe: the table is empty, nothing can fail or wait.
 */
public enum Safety {
    /** Cannot fail or lose data. */
    SAFE("safe"),
    /**
     * The database stops enforcing something: a dropped foreign key, unique constraint or unique index, check, primary
     * key, {@code not null} or default. Nothing fails and no data is lost, but from then on rows the old rule kept
     * out can come in, and the down migration fails on them.
     */
    WEAKENING("weakening"),
    /** Holds a lock that blocks writes for a time that grows with the table (for example a plain index build). */
    LOCKING("locking"),
    /** Can fail on existing rows (a new NOT NULL, unique or foreign key, a narrower type). */
    DATA_DEPENDENT("data-dependent"),
    /** Destroys data: the down migration restores the structure, not the rows. */
    DATA_LOSS("data loss");

    private final String label;

    Safety(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
