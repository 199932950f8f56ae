package dev.plumb.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A primary key. The name is empty when the entity leaves it to the database (Hibernate never names primary keys).
 */
public record PrimaryKey(Optional<Identifier> name, List<Identifier> columns) {

    public PrimaryKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
