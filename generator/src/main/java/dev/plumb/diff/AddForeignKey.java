package dev.plumb.diff;

import dev.plumb.model.ForeignKey;
import dev.plumb.model.QualifiedName;

/**
 * Adds a foreign key. Planned after every table it needs exists.
 *
 * @param withTable the table is created by the same migration: it is empty, so the key cannot fail
 */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey, boolean withTable) implements Change {

    /** A foreign key added to a table that already exists. */
    public AddForeignKey(QualifiedName table, ForeignKey foreignKey) {
        this(table, foreignKey, false);
    }

    @Override
    public Change inverse() {
        return new DropForeignKey(table, foreignKey, withTable);
    }

    @Override
    public Safety safety() {
        return withTable ? Safety.SAFE : Safety.DATA_DEPENDENT;
    }

    @Override
    public String describe() {
        return "+ foreign key " + table + " " + Describe.columns(foreignKey.columns()) + " references "
                + foreignKey.referencedTable();
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
