package dev.plumb.diff;

import dev.plumb.model.QualifiedName;
import dev.plumb.model.UniqueConstraint;

/**
 * Adds a unique constraint to an existing table. The differ always gives it a name (the entity's, or a deterministic
 * one) so that the inverse can drop it.
 */
public record AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements Change {

    @Override
    public Change inverse() {
        return new DropUniqueConstraint(table, constraint);
    }

    @Override
    public Safety safety() {
        return Safety.DATA_DEPENDENT;
    }

    @Override
    public String describe() {
        return "+ unique " + table + " " + Describe.columns(constraint.columns());
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
