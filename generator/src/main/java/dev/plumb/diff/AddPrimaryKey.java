package dev.plumb.diff;

import dev.plumb.model.PrimaryKey;
import dev.plumb.model.QualifiedName;

/** Adds a primary key to an existing table. */
public record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Change {

    @Override
    public Change inverse() {
        return new DropPrimaryKey(table, primaryKey);
    }

    @Override
    public Safety safety() {
        return Safety.DATA_DEPENDENT;
    }

    @Override
    public String describe() {
        return "+ primary key " + table + " " + Describe.columns(primaryKey.columns());
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
