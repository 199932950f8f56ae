package dev.plumb.dialect.postgres;

import dev.plumb.dialect.InspectionScope;
import dev.plumb.dialect.DefinedObject;
import dev.plumb.dialect.SchemaInspector;
import dev.plumb.dialect.sql.CatalogQueries;
import dev.plumb.dialect.sql.SchemaAssembler;
import dev.plumb.dialect.sql.TableAssembly;
import dev.plumb.dialect.sql.TableAssembly.ForeignKeyColumn;
import dev.plumb.model.Column;
import dev.plumb.model.Identifier;
import dev.plumb.model.SqlExpression;
import dev.plumb.model.IndexColumn;
import dev.plumb.model.IndexElement;
import dev.plumb.model.IndexExpression;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.Schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the current schema from {@code pg_catalog} with seven set-based queries, whatever the number of tables
 * ({@code current-schema.sql}, {@code columns.sql}, {@code keys.sql}, {@code checks.sql}, {@code indexes.sql},
 * {@code namespaces.sql}, {@code sequences.sql} next to this class).
 *
 * <p>Reported raw: types as {@code format_type(atttypid, atttypmod)} prints them, defaults and check conditions as
 * {@code pg_get_expr} deparses them; {@link PostgresNormalizer} makes them comparable. Left out on purpose: indexes
 * backing a primary key or unique constraint, and sequences owned by identity or serial columns. Partitions and
 * views are not tables here; partial-index predicates and generated-column expressions are not read.
 */
public final class PostgresInspector implements SchemaInspector {

    @Override
    public Schema inspect(Connection connection, InspectionScope scope) throws SQLException {
        CatalogQueries queries = new CatalogQueries(PostgresInspector.class, connection);
        String defaultSchema = queries.currentSchema();
        Set<String> schemas = new LinkedHashSet<>();
        schemas.add(defaultSchema);
        scope.extraNamespaces().stream().map(Identifier::value).forEach(schemas::add);
        SchemaAssembler assembler = new SchemaAssembler(defaultSchema, scope);
        queries.forEachRow("columns.sql", schemas, row -> column(assembler, row));
        queries.forEachRow("keys.sql", schemas, row -> key(assembler, row));
        queries.forEachRow("checks.sql", schemas, row -> check(assembler, row));
        queries.forEachRow("indexes.sql", schemas, row -> index(assembler, row));
        queries.forEachRow("namespaces.sql", schemas, row -> assembler.addNamespace(row.getString("schema_name")));
        queries.forEachRow("sequences.sql", schemas, row -> assembler.addSequence(row.getString("sequence_schema"),
                row.getString("sequence_name"), row.getLong("start_value"), row.getLong("increment")));
        return assembler.build();
    }

    /**
     * Views, the functions triggers call, and triggers, with their catalog definitions in creation order
     * ({@code definitions.sql}); a trigger on an ignored table is left out.
     */
    @Override
    public List<DefinedObject> definedObjects(Connection connection, InspectionScope scope) throws SQLException {
        CatalogQueries queries = new CatalogQueries(PostgresInspector.class, connection);
        String defaultSchema = queries.currentSchema();
        List<DefinedObject> objects = new ArrayList<>();
        queries.forEachRow("definitions.sql", List.of(defaultSchema), row -> {
            Optional<String> table = Optional.ofNullable(row.getString("table_name"));
            if (table.isEmpty() || !scope.isExcluded(defaultSchema, table.get())) {
                objects.add(new DefinedObject(row.getString("create_sql"), row.getString("drop_sql"), table));
            }
        });
        return objects;
    }

    private static void check(SchemaAssembler assembler, ResultSet row) throws SQLException {
        Optional<TableAssembly> table = table(assembler, row);
        if (table.isPresent()) {
            table.get().addCheck(row.getString("constraint_name"), row.getString("check_expression"));
        }
    }

    private static Optional<TableAssembly> table(SchemaAssembler assembler, ResultSet row) throws SQLException {
        return assembler.table(row.getString("table_schema"), row.getString("table_name"));
    }

    private static void column(SchemaAssembler assembler, ResultSet row) throws SQLException {
        Optional<TableAssembly> table = assembler.declareTable(row.getString("table_schema"),
                row.getString("table_name"));
        String name = row.getString("column_name");
        if (table.isEmpty() || name == null) {
            return;
        }
        table.get().addColumn(new Column(new Identifier(name), row.getString("column_type"),
                row.getBoolean("nullable"), Optional.ofNullable(row.getString("column_default")).map(SqlExpression::of),
                row.getBoolean("is_identity")));
    }

    private static void key(SchemaAssembler assembler, ResultSet row) throws SQLException {
        Optional<TableAssembly> table = table(assembler, row);
        if (table.isEmpty()) {
            return;
        }
        String constraint = row.getString("constraint_name");
        String column = row.getString("column_name");
        switch (row.getString("constraint_type")) {
            case "p" -> table.get().addPrimaryKeyColumn(constraint, column);
            case "u" -> table.get().addUniqueColumn(constraint, column);
            default -> table.get().addForeignKeyColumn(constraint, new ForeignKeyColumn(column,
                    assembler.name(row.getString("ref_schema"), row.getString("ref_table")),
                    row.getString("ref_column"), action(row.getString("delete_action"))));
        }
    }

    private static void index(SchemaAssembler assembler, ResultSet row) throws SQLException {
        Optional<TableAssembly> table = table(assembler, row);
        if (table.isPresent()) {
            boolean descending = row.getBoolean("descending");
            IndexElement key = row.getBoolean("is_expression")
                    ? new IndexExpression(SqlExpression.of(row.getString("column_name")), descending)
                    : new IndexColumn(new Identifier(row.getString("column_name")), descending);
            table.get().addIndexColumn(row.getString("index_name"), row.getBoolean("is_unique"), key,
                    Optional.ofNullable(row.getString("predicate")).map(SqlExpression::of));
        }
    }

    /** {@code pg_constraint.confdeltype} codes. */
    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
