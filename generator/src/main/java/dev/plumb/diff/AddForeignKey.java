package dev.plumb.diff;

import dev.plumb.model.ForeignKey;
import dev.plumb.model.QualifiedName;

/** Adds a foreign key. Planned after every table it needs exists. */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements Change {

    @Override
    public Change inverse() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public Safety safety() {
        return Safety.DATA_DEPENDENT;
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
