package dev.plumb.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A check constraint. {@code expression} is the condition without the {@code check (...)} wrapper, rendered as written
 * and compared in its canonical form ({@link SqlExpression}); the name is empty on the entity side unless the entity
 * names it.
 */
public record CheckConstraint(Optional<Identifier> name, SqlExpression expression) {

    /** A check whose condition is the given text, as written. */
    public CheckConstraint(Optional<Identifier> name, String expression) {
        this(name, SqlExpression.of(expression));
    }

    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }

    public CheckConstraint withName(Optional<Identifier> newName) {
        return new CheckConstraint(newName, expression);
    }
}
