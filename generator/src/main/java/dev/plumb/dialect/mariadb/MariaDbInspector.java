package dev.plumb.dialect.mariadb;

import dev.plumb.dialect.InspectionScope;
import dev.plumb.dialect.SchemaInspector;
import dev.plumb.dialect.sql.CatalogQueries;
import dev.plumb.dialect.sql.SchemaAssembler;
import dev.plumb.dialect.sql.TableAssembly;
import dev.plumb.dialect.sql.TableAssembly.ForeignKeyColumn;
import dev.plumb.model.Column;
import dev.plumb.model.Identifier;
import dev.plumb.model.IndexColumn;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.Schema;
import dev.plumb.model.SqlExpression;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the current schema from MariaDB's {@code information_schema} with at most eight set-based queries, whatever
 * the number of tables ({@code current-schema.sql}, {@code checks.sql}, {@code columns.sql}, {@code keys.sql},
 * {@code indexes.sql}, {@code namespaces.sql}, {@code sequences.sql} next to this class, and one union query over
 * the sequences found, since MariaDB 10.11 has no {@code information_schema.SEQUENCES}). The scope is the database
 * of the URL, which MariaDB calls a schema, plus the databases the entities name.
 *
 * <p>Reported raw, with two exceptions that are facts of the catalog rather than spellings: a {@code longtext} column
 * with MariaDB's column-level {@code json_valid} check is the {@code json} column it was declared as
 * (<a href="https://mariadb.com/kb/en/json-data-type/">JSON is an alias for LONGTEXT ... with a CHECK</a>), and the
 * word {@code NULL} in {@code COLUMN_DEFAULT} means no default (MariaDB 10.2.7+ quotes literal defaults).
 */
public final class MariaDbInspector implements SchemaInspector {

    /** A column that MariaDB's json_valid check marks as json. */
    private record ColumnKey(String schema, String table, String column) {
    }

    @Override
    public Schema inspect(Connection connection, InspectionScope scope) throws SQLException {
        CatalogQueries queries = CatalogQueries.withListParameter(MariaDbInspector.class, connection);
        String defaultSchema = queries.currentSchema();
        Set<String> schemas = new LinkedHashSet<>();
        schemas.add(defaultSchema);
        scope.extraNamespaces().stream().map(Identifier::value).forEach(schemas::add);
        SchemaAssembler assembler = new SchemaAssembler(defaultSchema, scope);
        Set<ColumnKey> json = new HashSet<>();
        Map<ColumnKey, String> columnChecks = new HashMap<>();
        List<String[]> checks = new ArrayList<>();
        queries.forEachRow("checks.sql", schemas, row -> check(row, json, columnChecks, checks));
        queries.forEachRow("columns.sql", schemas, row -> column(assembler, row, json, columnChecks));
        for (String[] check : checks) {
            assembler.table(check[0], check[1]).ifPresent(table -> table.addCheck(check[2], check[3]));
        }
        queries.forEachRow("keys.sql", schemas, row -> key(assembler, row));
        queries.forEachRow("indexes.sql", schemas, row -> index(assembler, row));
        queries.forEachRow("namespaces.sql", schemas, row -> assembler.addNamespace(row.getString("SCHEMA_NAME")));
        List<String[]> sequences = new ArrayList<>();
        queries.forEachRow("sequences.sql", schemas, row -> sequences.add(new String[] {
                row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME")}));
        readSequences(connection, sequences, assembler);
        return assembler.build();
    }

    /**
     * A json column's check is the type; any other check belongs to its table, and a column-level one is also kept
     * in its column's declared type ({@link MariaDbColumnChecks}: a {@code modify column} must restate it).
     */
    private static void check(ResultSet row, Set<ColumnKey> json, Map<ColumnKey, String> columnChecks,
                              List<String[]> checks) throws SQLException {
        String schema = row.getString("CONSTRAINT_SCHEMA");
        String table = row.getString("TABLE_NAME");
        String name = row.getString("CONSTRAINT_NAME");
        String clause = row.getString("CHECK_CLAUSE");
        if ("Column".equalsIgnoreCase(row.getString("LEVEL"))) {
            ColumnKey column = new ColumnKey(schema, table, name.toLowerCase(Locale.ROOT));
            if (clause.equals("json_valid(`" + name.replace("`", "``") + "`)")) {
                json.add(column);
                return;
            }
            columnChecks.put(column, clause);
        }
        checks.add(new String[] {schema, table, name, clause});
    }

    private static void column(SchemaAssembler assembler, ResultSet row, Set<ColumnKey> json,
                               Map<ColumnKey, String> columnChecks) throws SQLException {
        String schema = row.getString("TABLE_SCHEMA");
        String tableName = row.getString("TABLE_NAME");
        Optional<TableAssembly> table = assembler.declareTable(schema, tableName);
        if (table.isEmpty()) {
            return;
        }
        String name = row.getString("COLUMN_NAME");
        String type = row.getString("COLUMN_TYPE");
        ColumnKey key = new ColumnKey(schema, tableName, name.toLowerCase(Locale.ROOT));
        if (json.contains(key)) {
            type = "json";
        }
        String declared = columnChecks.containsKey(key) ? MariaDbColumnChecks.declare(type, columnChecks.get(key))
                : type;
        String defaultValue = row.getString("COLUMN_DEFAULT");
        boolean identity = row.getString("EXTRA").toLowerCase(Locale.ROOT).contains("auto_increment");
        table.get().addColumn(new Column(new Identifier(name), type, "YES".equals(row.getString("IS_NULLABLE")),
                defaultValue == null || defaultValue.equalsIgnoreCase("NULL") ? Optional.empty()
                        : Optional.of(SqlExpression.of(defaultValue)), identity,
                declared));
    }

    private static void key(SchemaAssembler assembler, ResultSet row) throws SQLException {
        Optional<TableAssembly> table = assembler.table(row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME"));
        if (table.isEmpty()) {
            return;
        }
        String name = row.getString("CONSTRAINT_NAME");
        String column = row.getString("COLUMN_NAME");
        switch (row.getString("CONSTRAINT_TYPE")) {
            case "PRIMARY KEY" -> table.get().addPrimaryKeyColumn(name, column);
            case "UNIQUE" -> table.get().addUniqueColumn(name, column);
            default -> table.get().addForeignKeyColumn(name, new ForeignKeyColumn(column,
                    assembler.name(row.getString("REFERENCED_TABLE_SCHEMA"), row.getString("REFERENCED_TABLE_NAME")),
                    row.getString("REFERENCED_COLUMN_NAME"), action(row.getString("DELETE_RULE"))));
        }
    }

    private static void index(SchemaAssembler assembler, ResultSet row) throws SQLException {
        Optional<TableAssembly> table = assembler.table(row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME"));
        if (table.isPresent()) {
            table.get().addIndexColumn(row.getString("INDEX_NAME"), row.getInt("NON_UNIQUE") == 0,
                    new IndexColumn(new Identifier(row.getString("COLUMN_NAME")),
                            "D".equals(row.getString("COLLATION"))));
        }
    }

    /**
     * MariaDB reports {@code RESTRICT} for a foreign key declared without {@code on delete}; InnoDB checks
     * {@code NO ACTION} and {@code RESTRICT} alike, at once (<a href="https://mariadb.com/kb/en/foreign-keys/">
     * foreign keys</a>), so both read as {@code no action}, the SQL default Hibernate writes.
     */
    private static ReferentialAction action(String rule) {
        return switch (rule == null ? "NO ACTION" : rule) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /**
     * Start and increment of every sequence, by one union query over them: a MariaDB sequence is a one-row table
     * whose {@code start_value} and {@code increment} columns are the definition
     * (<a href="https://mariadb.com/kb/en/create-sequence/">CREATE SEQUENCE</a>).
     */
    private static void readSequences(Connection connection, List<String[]> sequences, SchemaAssembler assembler)
            throws SQLException {
        if (sequences.isEmpty()) {
            return;
        }
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < sequences.size(); i++) {
            String[] s = sequences.get(i);
            selects.add("select " + i + " as n, start_value, increment from " + MariaDbDialect.QUOTING.quote(
                    new Identifier(s[0])) + "." + MariaDbDialect.QUOTING.quote(new Identifier(s[1])));
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(String.join(" union all ", selects))) {
            while (rows.next()) {
                String[] s = sequences.get(rows.getInt("n"));
                assembler.addSequence(s[0], s[1], rows.getLong("start_value"), rows.getLong("increment"));
            }
        }
    }
}
