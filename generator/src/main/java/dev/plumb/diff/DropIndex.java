package dev.plumb.diff;

import dev.plumb.model.Index;
import dev.plumb.model.QualifiedName;

/** Drops an index; carries its definition for the inverse. */
public record DropIndex(QualifiedName table, Index index) implements Change {

    @Override
    public Change inverse() {
        return new CreateIndex(table, index);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
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
