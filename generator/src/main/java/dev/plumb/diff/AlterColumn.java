package dev.plumb.diff;

import dev.plumb.model.Column;
import dev.plumb.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;

/**
 * Changes a column's type, nullability, default or identity in place. Carries both definitions; renderers emit one
 * statement per aspect that differs.
 */
public record AlterColumn(QualifiedName table, Column from, Column to) implements Change {

    public AlterColumn {
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("AlterColumn keeps the name; a rename is another change");
        }
    }

    public boolean typeChanged() {
        return !from.type().equals(to.type());
    }

    public boolean nullabilityChanged() {
        return from.nullable() != to.nullable();
    }

    public boolean defaultChanged() {
        return !from.defaultExpression().equals(to.defaultExpression());
    }

    public boolean identityChanged() {
        return from.identity() != to.identity();
    }

    @Override
    public Change inverse() {
        return new AlterColumn(table, to, from);
    }

    @Override
    public Safety safety() {
        if (typeChanged() || (nullabilityChanged() && !to.nullable())) {
            return Safety.DATA_DEPENDENT;
        }
        return Safety.SAFE;
    }

    @Override
    public String describe() {
        List<String> aspects = new ArrayList<>();
        if (typeChanged()) {
            aspects.add(from.type() + " to " + to.type());
        }
        if (nullabilityChanged()) {
            aspects.add(to.nullable() ? "null" : "not null");
        }
        if (defaultChanged()) {
            aspects.add("default " + to.defaultExpression().orElse("none"));
        }
        if (identityChanged()) {
            aspects.add(to.identity() ? "identity" : "no identity");
        }
        return "~ column " + table + "." + to.name() + ": " + String.join(", ", aspects);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
