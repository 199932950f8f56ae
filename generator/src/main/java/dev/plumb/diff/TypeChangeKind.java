package dev.plumb.diff;

/**
 * What a change of column type does to the values already stored. The dialect judges it ({@link TypeRules}), since
 * only the dialect knows its types; the differ turns the judgement into the change's safety and reversibility.
 */
public enum TypeChangeKind {
    /** The type stays: nothing happens to the values. */
    UNCHANGED(Safety.SAFE),
    /** Every value fits, nothing is rewritten: a longer string, more numeric precision, an unbounded text type. */
    WIDENING(Safety.SAFE),
    /** Every value fits, but the database rewrites the table under a lock (a larger integer type). */
    REWRITING(Safety.LOCKING),
    /** Values may not fit: a shorter string, less precision or scale, a smaller integer type. */
    NARROWING(Safety.DATA_LOSS),
    /** Another type: each value must convert (text to a number), which can fail. */
    CONVERSION(Safety.DATA_DEPENDENT),
    /**
     * A type that lists its values (an enumerated type) loses some: fails on rows that still hold one, and when it
     * succeeds no row did, so the down is faithful.
     */
    VALUES_REMOVED(Safety.DATA_DEPENDENT);

    private final Safety safety;

    TypeChangeKind(Safety safety) {
        this.safety = safety;
    }

    public Safety safety() {
        return safety;
    }

    /**
     * False when the down migration cannot bring the values back as they were: a narrower numeric rounds them, a
     * conversion (text to a document type, text to a number) rewrites their spelling.
     */
    public boolean faithfulDown() {
        return this != NARROWING && this != CONVERSION;
    }
}
