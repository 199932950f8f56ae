package dev.plumb.dialect.h2;

import dev.plumb.dialect.InspectionScope;
import dev.plumb.dialect.SchemaInspector;
import dev.plumb.dialect.sql.CatalogQueries;
import dev.plumb.dialect.sql.SchemaAssembler;
import dev.plumb.dialect.sql.TableAssembly;
import dev.plumb.model.Column;
import dev.plumb.model.Identifier;
import dev.plumb.model.SqlExpression;
import dev.plumb.model.Schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the current schema from H2 2.x's {@code INFORMATION_SCHEMA} with twelve set-based queries, whatever the
 * number of tables ({@code current-schema.sql}, {@code enum-values.sql}, {@code element-types.sql},
 * {@code columns.sql}, {@code namespaces.sql}, {@code sequences.sql} next to this class, and
 * the six flat key, check and index reads of {@link H2ConstraintCatalog}). No query joins two {@code INFORMATION_SCHEMA} views:
 * H2 rebuilds a view for every join probe, which grows quadratically with the number of tables.
 *
 * <p>Reported raw: types spelled by {@link H2ColumnType}, defaults and check conditions as H2 prints them (upper
 * case, quoted names); {@link H2Normalizer} makes them comparable. Left out on purpose: the indexes H2 creates for
 * primary keys, unique constraints and foreign keys. H2 does not list identity sequences at all.
 */
public final class H2Inspector implements SchemaInspector {

    /** A type descriptor of a table: {@code DTD_IDENTIFIER} of a column, or of an array's element. */
    private record EnumKey(String schema, String table, String identifier) {
    }

    /** Enum values and array element types by descriptor, read before the columns. */
    private record ColumnTypes(Map<EnumKey, List<String>> enums, Map<EnumKey, String> elements) {
    }

    @Override
    public Schema inspect(Connection connection, InspectionScope scope) throws SQLException {
        CatalogQueries queries = new CatalogQueries(H2Inspector.class, connection);
        String defaultSchema = queries.currentSchema();
        Set<String> schemas = new LinkedHashSet<>();
        schemas.add(defaultSchema);
        scope.extraNamespaces().stream().map(Identifier::value).forEach(schemas::add);
        Map<EnumKey, List<String>> enums = new HashMap<>();
        queries.forEachRow("enum-values.sql", schemas, row -> enumValue(enums, row));
        SchemaAssembler assembler = new SchemaAssembler(defaultSchema, scope);
        Map<EnumKey, String> elements = new HashMap<>();
        queries.forEachRow("element-types.sql", schemas, row -> elements.put(new EnumKey(row.getString("OBJECT_SCHEMA"),
                row.getString("OBJECT_NAME"), row.getString("COLLECTION_TYPE_IDENTIFIER")),
                H2ColumnType.spell(row, "", List.of())));
        queries.forEachRow("columns.sql", schemas, row -> column(assembler, row, new ColumnTypes(enums, elements)));
        H2ConstraintCatalog.read(queries, schemas).addTo(assembler);
        queries.forEachRow("namespaces.sql", schemas, row -> assembler.addNamespace(row.getString("SCHEMA_NAME")));
        queries.forEachRow("sequences.sql", schemas, row -> assembler.addSequence(row.getString("SEQUENCE_SCHEMA"),
                row.getString("SEQUENCE_NAME"), row.getLong("START_VALUE"), row.getLong("INCREMENT")));
        return assembler.build();
    }

    private static void enumValue(Map<EnumKey, List<String>> enums, ResultSet row) throws SQLException {
        EnumKey key = new EnumKey(row.getString("OBJECT_SCHEMA"), row.getString("OBJECT_NAME"),
                row.getString("ENUM_IDENTIFIER"));
        String quoted = "'" + row.getString("VALUE_NAME").replace("'", "''") + "'";
        enums.computeIfAbsent(key, k -> new ArrayList<>()).add(quoted);
    }

    private static void column(SchemaAssembler assembler, ResultSet row, ColumnTypes types) throws SQLException {
        String schema = row.getString("TABLE_SCHEMA");
        String tableName = row.getString("TABLE_NAME");
        Optional<TableAssembly> table = assembler.declareTable(schema, tableName);
        if (table.isEmpty()) {
            return;
        }
        EnumKey key = new EnumKey(schema, tableName, row.getString("DTD_IDENTIFIER"));
        table.get().addColumn(new Column(new Identifier(row.getString("COLUMN_NAME")),
                H2ColumnType.spell(row, types.enums().getOrDefault(key, List.of()), types.elements().get(key)), "YES".equals(row.getString("IS_NULLABLE")),
                Optional.ofNullable(row.getString("COLUMN_DEFAULT")).map(SqlExpression::of), "YES".equals(row.getString("IS_IDENTITY"))));
    }
}
