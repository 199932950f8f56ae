package dev.plumb.oracle.audit;

/** Stored by ordinal: Hibernate checks {@code priority between 0 and 2}. */
public enum Priority {
    LOW, NORMAL, HIGH
}
