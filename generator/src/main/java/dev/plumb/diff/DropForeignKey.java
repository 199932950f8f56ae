package dev.plumb.diff;

import dev.plumb.model.ForeignKey;
import dev.plumb.model.QualifiedName;

/** Drops a foreign key. Planned before the tables and columns it involves are dropped. */
public record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements Change {

    @Override
    public Change inverse() {
        return new AddForeignKey(table, foreignKey);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
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
