package dev.plumb.diff;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.QualifiedName;

/** Drops a check constraint by the name the database knows it under. */
public record DropCheckConstraint(QualifiedName table, CheckConstraint check) implements Change {

    @Override
    public Change inverse() {
        return new AddCheckConstraint(table, check);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String describe() {
        return "- check " + table + " (" + check.expression().text() + ")";
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
