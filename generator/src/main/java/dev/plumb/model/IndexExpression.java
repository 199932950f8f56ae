package dev.plumb.model;

import java.util.Objects;

/**
 * An expression key of an index, such as {@code lower(domain)} for case-insensitive uniqueness: what the entity's
 * {@code @Index(columnList = "(lower(domain))")} declares, or what the catalog reports for a key that is no column.
 */
public record IndexExpression(SqlExpression expression, boolean descending) implements IndexElement {

    public IndexExpression {
        Objects.requireNonNull(expression, "expression");
    }
}
