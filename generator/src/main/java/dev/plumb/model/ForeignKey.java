package dev.plumb.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A foreign key. Matched by what it is (columns, referenced table and columns); the name is compared only when the
 * entity side has one.
 */
public record ForeignKey(Optional<Identifier> name, List<Identifier> columns, QualifiedName referencedTable,
                         List<Identifier> referencedColumns, ReferentialAction onDelete) {

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(onDelete, "onDelete");
    }

    public ForeignKey withName(Optional<Identifier> newName) {
        return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete);
    }
}
