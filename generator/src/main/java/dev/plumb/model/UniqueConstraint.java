package dev.plumb.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unique constraint. The name is empty on the entity side when the entity does not name it explicitly: the database
 * then picks one ({@code <table>_<columns>_key} on PostgreSQL, {@code CONSTRAINT_xx} on H2) and the diff ignores it.
 */
public record UniqueConstraint(Optional<Identifier> name, List<Identifier> columns) {

    public UniqueConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    public UniqueConstraint withName(Optional<Identifier> newName) {
        return new UniqueConstraint(newName, columns);
    }
}
