package dev.plumb.diff;

/**
 * How risky a change is on a table that already holds rows. Shown in the generated class so reviewers see it.
 */
public enum Safety {
    /** Cannot fail or lose data. */
    SAFE("safe"),
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
