package dev.plumb.dialect.sql;

import dev.plumb.dialect.InspectionScope;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Schema;
import dev.plumb.model.Sequence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects catalog rows into a {@link Schema}. Tables come into being with the column query; constraint, index and
 * sequence rows for tables outside the scope (excluded history tables, for example) are dropped here, so the
 * queries themselves stay simple. Names in the default schema get an empty namespace.
 */
public final class SchemaAssembler {

    private final String defaultSchema;
    private final InspectionScope scope;
    private final Map<QualifiedName, TableAssembly> tables = new LinkedHashMap<>();
    private final List<Sequence> sequences = new ArrayList<>();
    private final List<Identifier> namespaces = new ArrayList<>();

    public SchemaAssembler(String defaultSchema, InspectionScope scope) {
        this.defaultSchema = defaultSchema;
        this.scope = scope;
    }

    /** The model name of a catalog object: empty namespace in the default schema. */
    public QualifiedName name(String schema, String name) {
        Optional<Identifier> namespace = schema.equals(defaultSchema)
                ? Optional.empty()
                : Optional.of(new Identifier(schema));
        return new QualifiedName(namespace, new Identifier(name));
    }

    /** The table with this name, created on first use; empty when the scope excludes it. */
    public Optional<TableAssembly> declareTable(String schema, String table) {
        if (scope.isExcluded(schema, table)) {
            return Optional.empty();
        }
        return Optional.of(tables.computeIfAbsent(name(schema, table), TableAssembly::new));
    }

    /** A table the column query has already declared, for constraint and index rows. */
    public Optional<TableAssembly> table(String schema, String table) {
        return Optional.ofNullable(tables.get(name(schema, table)));
    }

    public void addSequence(String schema, String name, long start, long increment) {
        sequences.add(new Sequence(name(schema, name), start, increment));
    }

    /** A schema of the scope that exists; the default schema is implied and not recorded. */
    public void addNamespace(String schema) {
        if (!schema.equals(defaultSchema)) {
            namespaces.add(new Identifier(schema));
        }
    }

    public Schema build() {
        return new Schema(tables.values().stream().map(TableAssembly::build).toList(), sequences, namespaces);
    }
}
