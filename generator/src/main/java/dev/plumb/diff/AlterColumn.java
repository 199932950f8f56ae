package dev.plumb.diff;

import dev.plumb.model.SqlExpression;
import dev.plumb.model.Column;
import dev.plumb.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a column's type, nullability, default or identity in place. Carries both definitions; renderers emit one
 * statement per aspect that differs.
 *
 * @param backfill the value given to rows whose column is null before it becomes {@code not null} (an SQL
 *                 expression, from {@code --backfill} or the entity's default); used only in the direction that sets
 *                 {@code not null}, kept by the inverse so that {@code c.inverse().inverse()} equals {@code c}
 */
public record AlterColumn(QualifiedName table, Column from, Column to, Optional<String> backfill) implements Change {

    public AlterColumn {
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("AlterColumn keeps the name; a rename is another change");
        }
        Objects.requireNonNull(backfill, "backfill");
    }

    public AlterColumn(QualifiedName table, Column from, Column to) {
        this(table, from, to, Optional.empty());
    }

    /** True when this alteration sets {@code not null}. */
    public boolean setsNotNull() {
        return from.nullable() && !to.nullable();
    }

    /** The backfill to run before {@code set not null}: empty unless this alteration sets it. */
    public Optional<String> backfillToRun() {
        return setsNotNull() ? backfill : Optional.empty();
    }

    public AlterColumn withBackfill(Optional<String> newBackfill) {
        return new AlterColumn(table, from, to, newBackfill);
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
        return new AlterColumn(table, to, from, backfill);
    }

    @Override
    public Safety safety() {
        Safety safety = nullabilityChanged() && !to.nullable() ? Safety.DATA_DEPENDENT : Safety.SAFE;
        if (typeChanged()) {
            Safety typeSafety = TypeChange.of(from.type(), to.type()).safety();
            safety = typeSafety.compareTo(safety) > 0 ? typeSafety : safety;
        }
        return safety;
    }

    /** A type change whose down cannot restore the values, or a backfill that the down cannot undo. */
    @Override
    public boolean reversible() {
        boolean typeFaithful = !typeChanged() || TypeChange.of(from.type(), to.type()).faithfulDown();
        return typeFaithful && backfillToRun().isEmpty();
    }

    @Override
    public String describe() {
        List<String> aspects = new ArrayList<>();
        if (typeChanged()) {
            aspects.add(from.type() + " to " + to.type());
        }
        if (nullabilityChanged()) {
            aspects.add(to.nullable() ? "null" : "not null" + backfillToRun().map(b -> " (existing nulls set to "
                    + b + ")").orElse(""));
        }
        if (defaultChanged()) {
            aspects.add("default " + to.defaultExpression().map(SqlExpression::text).orElse("none"));
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
