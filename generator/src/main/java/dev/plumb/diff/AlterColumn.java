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
 * @param typeEffect what the type change does to stored values, both ways, as the dialect judged it when the differ
 *                   built the change ({@link TypeRules}); not part of equality, since it follows from the two types
 */
public record AlterColumn(QualifiedName table, Column from, Column to, Optional<String> backfill,
                          TypeChangeEffect typeEffect) implements Change {

    public AlterColumn {
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("AlterColumn keeps the name; a rename is another change");
        }
        Objects.requireNonNull(backfill, "backfill");
        Objects.requireNonNull(typeEffect, "typeEffect");
    }

    /**
     * An alteration whose type change, if any, nobody judged: a conversion ({@link TypeChangeEffect#UNJUDGED}). The
     * differ passes the dialect's judgement instead.
     */
    public AlterColumn(QualifiedName table, Column from, Column to, Optional<String> backfill) {
        this(table, from, to, backfill,
                from.type().equals(to.type()) ? TypeChangeEffect.UNCHANGED : TypeChangeEffect.UNJUDGED);
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
        return new AlterColumn(table, from, to, newBackfill, typeEffect);
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
        return new AlterColumn(table, to, from, backfill, typeEffect.reversed());
    }

    @Override
    public Safety safety() {
        Safety safety = setsNotNull() ? Safety.DATA_DEPENDENT : weakens() ? Safety.WEAKENING : Safety.SAFE;
        if (typeChanged()) {
            Safety typeSafety = typeEffect.forward().safety();
            safety = typeSafety.compareTo(safety) > 0 ? typeSafety : safety;
        }
        return safety;
    }

    /** True when the column stops refusing nulls, or loses its default. */
    public boolean weakens() {
        boolean dropsNotNull = !from.nullable() && to.nullable();
        boolean dropsDefault = from.defaultExpression().isPresent() && to.defaultExpression().isEmpty();
        return dropsNotNull || dropsDefault;
    }

    /** A type change whose down cannot restore the values, or a backfill that the down cannot undo. */
    @Override
    public boolean reversible() {
        boolean typeFaithful = !typeChanged() || typeEffect.forward().faithfulDown();
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

    /** Equal when everything but the type judgement is: the judgement follows from the two types. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AlterColumn that && table.equals(that.table) && from.equals(that.from)
                && to.equals(that.to) && backfill.equals(that.backfill);
    }

    @Override
    public int hashCode() {
        return Objects.hash(table, from, to, backfill);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
