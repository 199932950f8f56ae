package dev.plumb.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with everything that hangs off it. Column order is the order of creation (Hibernate's: primary key first,
 * then by attribute name); the diff does not treat a different order as a change.
 */
public record Table(QualifiedName name, List<Column> columns, Optional<PrimaryKey> primaryKey,
                    List<UniqueConstraint> uniqueConstraints, List<ForeignKey> foreignKeys,
                    List<CheckConstraint> checks, List<Index> indexes) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(primaryKey, "primaryKey");
        uniqueConstraints = List.copyOf(uniqueConstraints);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
    }

    public Optional<Column> column(Identifier columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The same table without foreign keys and indexes: what {@code create table} itself creates. */
    public Table withoutForeignKeysAndIndexes() {
        return new Table(name, columns, primaryKey, uniqueConstraints, List.of(), checks, List.of());
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniqueConstraints, foreignKeys, checks, indexes);
    }

    public Table withConstraints(List<UniqueConstraint> newUniques, List<ForeignKey> newForeignKeys,
                                 List<CheckConstraint> newChecks, List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, newUniques, newForeignKeys, newChecks, newIndexes);
    }

    public Table withPrimaryKey(Optional<PrimaryKey> newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, uniqueConstraints, foreignKeys, checks, indexes);
    }
}
