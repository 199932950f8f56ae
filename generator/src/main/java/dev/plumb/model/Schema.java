package dev.plumb.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole database schema as Plumb sees it: the desired one (read from the entities) or the current one (inspected),
 * always for one dialect. Tables and sequences are kept sorted by name so that equal schemas are equal records.
 */
public record Schema(List<Table> tables, List<Sequence> sequences) {

    public static final Schema EMPTY = new Schema(List.of(), List.of());

    public Schema {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
    }

    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<Sequence> sequence(QualifiedName name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public boolean isEmpty() {
        return tables.isEmpty() && sequences.isEmpty();
    }
}
