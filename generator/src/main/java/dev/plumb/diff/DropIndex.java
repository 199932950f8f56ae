package dev.plumb.diff;

import dev.plumb.model.Index;
import dev.plumb.model.QualifiedName;

/**
 * Drops an index; carries its definition for the inverse. Dropping a unique index weakens the table: duplicates can
 * come in.
 *
 * @param withTable the table is dropped by the same migration, which is what its safety says
 */
public record DropIndex(QualifiedName table, Index index, boolean withTable) implements Change {

    /** An index dropped from a table that stays. */
    public DropIndex(QualifiedName table, Index index) {
        this(table, index, false);
    }

    @Override
    public Change inverse() {
        return new CreateIndex(table, index, withTable);
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
