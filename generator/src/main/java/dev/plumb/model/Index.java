package dev.plumb.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An index that is not merely the backing index of a primary key or unique constraint (inspectors leave those out:
 * PostgreSQL and H2 create them on their own). Its keys are columns or expressions; a partial index has a
 * {@code predicate}, the condition of its {@code where} clause.
 */
public record Index(Identifier name, List<IndexElement> columns, boolean unique, Optional<SqlExpression> predicate) {

    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(predicate, "predicate");
    }

    /** A plain index over columns and expressions, with no predicate. */
    public Index(Identifier name, List<? extends IndexElement> columns, boolean unique) {
        this(name, List.<IndexElement>copyOf(columns), unique, Optional.empty());
    }

    /** Whether every key is a plain column and there is no predicate: what every dialect can express. */
    public boolean plain() {
        return predicate.isEmpty() && columns.stream().allMatch(IndexColumn.class::isInstance);
    }
}
