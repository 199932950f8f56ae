package dev.plumb.diff;

import dev.plumb.model.PrimaryKey;
import dev.plumb.model.QualifiedName;

/** Drops a primary key; carries it (with the name the database gave it) for the inverse. */
public record DropPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Change {

    @Override
    public Change inverse() {
        return new AddPrimaryKey(table, primaryKey);
    }

    @Override
    public Safety safety() {
        return Safety.WEAKENING;
    }

    @Override
    public String describe() {
        return "- primary key " + table + " " + Describe.columns(primaryKey.columns());
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
