package dev.plumb.diff;

import dev.plumb.model.Index;
import dev.plumb.model.QualifiedName;

/**
 * Creates an index. A plain build blocks writes to the table while it runs.
 *
 * @param withTable   the table is created by the same migration: it is empty, so the build neither waits nor fails
 * @param nonBlocking the dialect builds it without blocking writes (PostgreSQL's {@code create index concurrently}
 *                    with {@code online=true}), so it is not {@link Safety#LOCKING}: the dialect's judgement, set by
 *                    {@link #judgedNonBlocking}, and not part of equality (the same index on two dialects is one
 *                    change)
 */
public record CreateIndex(QualifiedName table, Index index, boolean withTable, boolean nonBlocking)
        implements Change {

    /** An index created on a table that already exists. */
    public CreateIndex(QualifiedName table, Index index) {
        this(table, index, false);
    }

    /** An index whose build blocks writes unless the table is new. */
    public CreateIndex(QualifiedName table, Index index, boolean withTable) {
        this(table, index, withTable, false);
    }

    /** The same index, built by the dialect without blocking writes. */
    public CreateIndex judgedNonBlocking() {
        return new CreateIndex(table, index, withTable, true);
    }

    @Override
    public Change inverse() {
        return new DropIndex(table, index, withTable, nonBlocking);
    }

    @Override
    public Safety safety() {
        if (withTable) {
            return Safety.SAFE;
        }
        return index.unique() ? Safety.DATA_DEPENDENT : nonBlocking ? Safety.SAFE : Safety.LOCKING;
    }

    /** Equal when everything but the dialect's judgement is. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CreateIndex that && table.equals(that.table) && index.equals(that.index)
                && withTable == that.withTable;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(table, index, withTable);
    }

    @Override
    public String describe() {
        return "+ " + (index.unique() ? "unique index " : "index ") + index.name() + " on " + table;
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
