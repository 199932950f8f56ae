package dev.plumb.diff;

import dev.plumb.model.QualifiedName;
import dev.plumb.model.UniqueConstraint;

/** Drops a unique constraint by the name the database knows it under. */
public record DropUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements Change {

    @Override
    public Change inverse() {
        return new AddUniqueConstraint(table, constraint);
    }

    @Override
    public Safety safety() {
        return Safety.WEAKENING;
    }

    /**
     * Names the constraint when it has a name, as a dropped index is named: on MariaDB every unique index is a
     * unique constraint, and a reviewer of {@code --prune} must see which one goes.
     */
    @Override
    public String describe() {
        return "- unique " + constraint.name().map(name -> name + " on ").orElse("") + table + " "
                + Describe.columns(constraint.columns());
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
