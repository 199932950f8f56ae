package dev.plumb.diff;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.QualifiedName;

/** Adds a check constraint to an existing table; always named (see {@link AddUniqueConstraint}). */
public record AddCheckConstraint(QualifiedName table, CheckConstraint check) implements Change {

    @Override
    public Change inverse() {
        return new DropCheckConstraint(table, check);
    }

    @Override
    public Safety safety() {
        return Safety.DATA_DEPENDENT;
    }

    @Override
    public String describe() {
        return "+ check " + table + " (" + check.expression().text() + ")";
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
