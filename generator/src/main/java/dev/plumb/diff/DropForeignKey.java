package dev.plumb.diff;

import dev.plumb.model.ForeignKey;
import dev.plumb.model.QualifiedName;

/**
 * Drops a foreign key. Planned before the tables and columns it involves are dropped.
 *
 * @param withTable the table is dropped by the same migration, which is what its safety says
 */
public record DropForeignKey(QualifiedName table, ForeignKey foreignKey, boolean withTable) implements Change {

    /** A foreign key dropped from a table that stays. */
    public DropForeignKey(QualifiedName table, ForeignKey foreignKey) {
        this(table, foreignKey, false);
    }

    @Override
    public Change inverse() {
        return new AddForeignKey(table, foreignKey, withTable);
    }

    @Override
    public Safety safety() {
        return withTable ? Safety.SAFE : Safety.WEAKENING;
    }

    @Override
    public String describe() {
        return "- foreign key " + table + " " + Describe.columns(foreignKey.columns()) + " references "
                + foreignKey.referencedTable();
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
