package dev.plumb.model;

import java.util.AbstractList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A whole database schema as Plumb sees it: the desired one (read from the entities) or the current one (inspected),
 * always for one dialect. Tables and sequences are kept sorted by name so that equal schemas are equal records.
 *
 * <p>{@code namespaces} are the schemas other than the connection's default one: on the entity side every schema a
 * table or sequence names, on the inspected side those of them that exist. A desired namespace the database lacks
 * becomes a {@code create schema}.
 */
public record Schema(List<Table> tables, List<Sequence> sequences, List<Identifier> namespaces) {

    public static final Schema EMPTY = new Schema(List.of(), List.of());

    public Schema {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
        namespaces = namespaces.stream().distinct().sorted().toList();
    }

    /** A schema that uses only the default namespace. */
    public Schema(List<Table> tables, List<Sequence> sequences) {
        this(tables, sequences, List.of());
    }

    /**
     * The same sequences and namespaces with other tables. Every rewrite of the tables goes through here: a schema
     * rebuilt from its tables and sequences alone would lose its namespaces, and the diff would then create the
     * existing ones again ({@code create schema ops} next to a rename).
     */
    public Schema withTables(List<Table> newTables) {
        return new Schema(newTables, sequences, namespaces);
    }

    /** The same schema with the given namespaces. */
    public Schema withNamespaces(List<Identifier> newNamespaces) {
        return new Schema(tables, sequences, newNamespaces);
    }

    /** By binary search over the sorted tables: the differ asks once per table, so a scan would be quadratic. */
    public Optional<Table> table(QualifiedName name) {
        return find(tables, Table::name, name);
    }

    public Optional<Sequence> sequence(QualifiedName name) {
        return find(sequences, Sequence::name, name);
    }

    private static <T> Optional<T> find(List<T> sorted, Function<T, QualifiedName> key, QualifiedName name) {
        List<QualifiedName> names = new AbstractList<>() {
            @Override
            public QualifiedName get(int index) {
                return key.apply(sorted.get(index));
            }

            @Override
            public int size() {
                return sorted.size();
            }
        };
        int index = Collections.binarySearch(names, name);
        return index < 0 ? Optional.empty() : Optional.of(sorted.get(index));
    }

    public boolean isEmpty() {
        return tables.isEmpty() && sequences.isEmpty() && namespaces.isEmpty();
    }
}
