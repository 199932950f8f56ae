package dev.plumb.dialect.h2;

import dev.plumb.dialect.sql.CatalogQueries;
import dev.plumb.dialect.sql.SchemaAssembler;
import dev.plumb.dialect.sql.TableAssembly;
import dev.plumb.dialect.sql.TableAssembly.ForeignKeyColumn;
import dev.plumb.model.Identifier;
import dev.plumb.model.IndexColumn;
import dev.plumb.model.ReferentialAction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keys, checks and indexes of H2 2.x, read with six flat queries ({@code table-constraints.sql},
 * {@code key-column-usage.sql}, {@code referential-constraints.sql}, {@code checks.sql}, {@code indexes.sql},
 * {@code index-columns.sql}) and joined here in hash maps.
 *
 * <p>Why not joins in SQL: H2 materializes an {@code INFORMATION_SCHEMA} view for every probe of a join, so a join
 * of two views costs time quadratic in the number of tables (the key query took 12-22 s at 500 tables, the check
 * query 0.2 s). Each
 * flat read is linear, and the number of queries stays fixed whatever the number of tables.
 */
final class H2ConstraintCatalog {

    /** A constraint or index: the schema that holds it and its name. */
    private record Name(String schema, String name) {
    }

    private record Constraint(Name name, String type, String tableSchema, String table, Name index) {
    }

    private record KeyColumn(int position, Integer referencedPosition, String column) {
    }

    private record Reference(Name unique, String deleteRule) {
    }

    private record IndexDraft(String tableSchema, String table, Name name, boolean unique) {
    }

    private final List<Constraint> constraints = new ArrayList<>();
    private final Map<Name, Constraint> constraintsByName = new HashMap<>();
    private final Map<Name, List<KeyColumn>> keyColumns = new HashMap<>();
    private final Map<Name, Reference> references = new HashMap<>();
    private final Map<Name, String> checkClauses = new HashMap<>();
    private final List<IndexDraft> indexes = new ArrayList<>();
    private final Map<Name, List<IndexColumn>> indexColumns = new HashMap<>();

    /** Runs the six queries for the given schemas. */
    static H2ConstraintCatalog read(CatalogQueries queries, Collection<String> schemas) throws SQLException {
        H2ConstraintCatalog catalog = new H2ConstraintCatalog();
        queries.forEachRow("table-constraints.sql", schemas, catalog::constraint);
        queries.forEachRow("key-column-usage.sql", schemas, row -> catalog.keyColumns
                .computeIfAbsent(name(row, "CONSTRAINT_SCHEMA", "CONSTRAINT_NAME"), k -> new ArrayList<>())
                .add(new KeyColumn(row.getInt("ORDINAL_POSITION"),
                        (Integer) row.getObject("POSITION_IN_UNIQUE_CONSTRAINT", Integer.class),
                        row.getString("COLUMN_NAME"))));
        queries.forEachRow("referential-constraints.sql", schemas, row -> catalog.references.put(
                name(row, "CONSTRAINT_SCHEMA", "CONSTRAINT_NAME"),
                new Reference(name(row, "UNIQUE_CONSTRAINT_SCHEMA", "UNIQUE_CONSTRAINT_NAME"),
                        row.getString("DELETE_RULE"))));
        queries.forEachRow("checks.sql", schemas, row -> catalog.checkClauses.put(
                name(row, "CONSTRAINT_SCHEMA", "CONSTRAINT_NAME"), row.getString("CHECK_CLAUSE")));
        queries.forEachRow("indexes.sql", schemas, row -> catalog.indexes.add(new IndexDraft(
                row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME"), name(row, "INDEX_SCHEMA", "INDEX_NAME"),
                "UNIQUE INDEX".equals(row.getString("INDEX_TYPE_NAME")))));
        queries.forEachRow("index-columns.sql", schemas, row -> catalog.indexColumns
                .computeIfAbsent(name(row, "INDEX_SCHEMA", "INDEX_NAME"), k -> new ArrayList<>())
                .add(new IndexColumn(new Identifier(row.getString("COLUMN_NAME")),
                        "DESC".equals(row.getString("ORDERING_SPECIFICATION")))));
        return catalog;
    }

    /** Adds the keys and checks, then the free-standing indexes, to the tables the column query declared. */
    void addTo(SchemaAssembler assembler) {
        for (Constraint constraint : constraints) {
            Optional<TableAssembly> table = assembler.table(constraint.tableSchema(), constraint.table());
            if (table.isPresent()) {
                addConstraint(assembler, table.get(), constraint);
            }
        }
        Set<Name> keyIndexes = new HashSet<>();
        constraints.stream().filter(c -> Set.of("PRIMARY KEY", "UNIQUE").contains(c.type()) && c.index() != null)
                .forEach(c -> keyIndexes.add(c.index()));
        for (IndexDraft index : indexes) {
            Optional<TableAssembly> table = assembler.table(index.tableSchema(), index.table());
            if (table.isPresent() && !keyIndexes.contains(index.name())) {
                indexColumns.getOrDefault(index.name(), List.of()).forEach(column ->
                        table.get().addIndexColumn(index.name().name(), index.unique(), column));
            }
        }
    }

    private void constraint(ResultSet row) throws SQLException {
        String indexName = row.getString("INDEX_NAME");
        Constraint constraint = new Constraint(name(row, "CONSTRAINT_SCHEMA", "CONSTRAINT_NAME"),
                row.getString("CONSTRAINT_TYPE"), row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME"),
                indexName == null ? null : new Name(row.getString("INDEX_SCHEMA"), indexName));
        constraints.add(constraint);
        constraintsByName.put(constraint.name(), constraint);
    }

    private void addConstraint(SchemaAssembler assembler, TableAssembly table, Constraint constraint) {
        String name = constraint.name().name();
        if ("CHECK".equals(constraint.type())) {
            String clause = checkClauses.get(constraint.name());
            if (clause != null) {
                table.addCheck(name, clause);
            }
            return;
        }
        List<KeyColumn> columns = keyColumns.getOrDefault(constraint.name(), List.of());
        if ("FOREIGN KEY".equals(constraint.type())) {
            Reference reference = references.get(constraint.name());
            Constraint unique = reference == null ? null : constraintsByName.get(reference.unique());
            if (unique == null) {
                return;
            }
            List<KeyColumn> referenced = keyColumns.getOrDefault(unique.name(), List.of());
            ReferentialAction action = action(reference.deleteRule());
            for (KeyColumn column : columns) {
                table.addForeignKeyColumn(name, new ForeignKeyColumn(column.column(),
                        assembler.name(unique.tableSchema(), unique.table()),
                        referencedColumn(referenced, column.referencedPosition()), action));
            }
            return;
        }
        List<IndexColumn> indexed = constraint.index() == null ? List.of()
                : indexColumns.getOrDefault(constraint.index(), List.of());
        for (KeyColumn column : columns) {
            String current = currentName(table, column, indexed);
            if ("PRIMARY KEY".equals(constraint.type())) {
                table.addPrimaryKeyColumn(name, current);
            } else {
                table.addUniqueColumn(name, current);
            }
        }
    }

    /**
     * The key column's name now. KEY_COLUMN_USAGE has the constraint's column order, but H2 2.x leaves a renamed
     * column's old name there; INDEX_COLUMNS has current names, but in the order of the index backing the constraint,
     * which H2 shares between a unique constraint and an earlier one on the same columns in another order. So the
     * recorded name wins, and the index supplies the name only where the recorded one is no longer a column.
     */
    private static String currentName(TableAssembly table, KeyColumn column, List<IndexColumn> indexed) {
        if (table.hasColumn(column.column()) || column.position() > indexed.size()) {
            return column.column();
        }
        return indexed.get(column.position() - 1).column().value();
    }

    private static String referencedColumn(List<KeyColumn> referenced, Integer position) {
        return referenced.stream().filter(k -> position != null && k.position() == position)
                .map(KeyColumn::column).findFirst().orElse(null);
    }

    private static Name name(ResultSet row, String schemaColumn, String nameColumn) throws SQLException {
        return new Name(row.getString(schemaColumn), row.getString(nameColumn));
    }

    /** {@code REFERENTIAL_CONSTRAINTS.DELETE_RULE} spellings. */
    private static ReferentialAction action(String rule) {
        return switch (rule == null ? "" : rule) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
