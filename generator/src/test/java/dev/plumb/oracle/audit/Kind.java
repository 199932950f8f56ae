package dev.plumb.oracle.audit;

/** One constant, stored by ordinal: Hibernate checks {@code kind between 0 and 0}. */
public enum Kind {
    STANDARD
}
