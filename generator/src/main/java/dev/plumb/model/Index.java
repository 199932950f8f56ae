package dev.plumb.model;

import java.util.List;
import java.util.Objects;

/**
 * An index that is not merely the backing index of a primary key or unique constraint (inspectors leave those out:
 * PostgreSQL and H2 create them on their own).
 */
public record Index(Identifier name, List<IndexColumn> columns, boolean unique) {

    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
