package dev.plumb.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A check constraint. {@code expression} is the canonical, renderable SQL of the condition without the
 * {@code check (...)} wrapper; the name is empty on the entity side unless the entity names it.
 */
public record CheckConstraint(Optional<Identifier> name, String expression) {

    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }

    public CheckConstraint withName(Optional<Identifier> newName) {
        return new CheckConstraint(newName, expression);
    }
}
