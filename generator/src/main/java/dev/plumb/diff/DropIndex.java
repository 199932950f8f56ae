package dev.plumb.diff;

import dev.plumb.model.Index;
import dev.plumb.model.QualifiedName;

/**
 * Drops an index; carries its definition for the inverse. Dropping a unique index weakens the table: duplicates can
 * come in.
 *
 * @param withTable   the table is dropped by the same migration, which is what its safety says
 * @param nonBlocking carried for the inverse: the index was built without blocking writes ({@link CreateIndex})
 */
public record DropIndex(QualifiedName table, Index index, boolean withTable, boolean nonBlocking) implements Change {

    /** An index dropped from a table that stays. */
    public DropIndex(QualifiedName table, Index index) {
        this(table, index, false);
    }

    public DropIndex(QualifiedName table, Index index, boolean withTable) {
        this(table, index, withTable, false);
    }

    @Override
    public Change inverse() {
        return new CreateIndex(table, index, withTable, nonBlocking);
    }

    /** Equal when everything but the dialect's judgement is (see {@link CreateIndex}). */
    @Override
    public boolean equals(Object other) {
        return other instanceof DropIndex that && table.equals(that.table) && index.equals(that.index)
                && withTable == that.withTable;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(table, index, withTable);
    }

    @Override
    public Safety safety() {
        return index.unique() && !withTable ? Safety.WEAKENING : Safety.SAFE;
    }

    @Override
    public String describe() {
        return "- " + (index.unique() ? "unique index " : "index ") + index.name() + " on " + table;
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
