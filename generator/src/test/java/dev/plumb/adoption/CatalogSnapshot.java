package dev.plumb.adoption;

import dev.plumb.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a database holds, read from its catalog independently of Plumb's inspector, one line per object: indexes,
 * constraints, views, triggers (PostgreSQL), and each column's type, nullability and default. Two snapshots compare
 * as sets, so a test sees every object an adoption step removed or changed.
 */
public final class CatalogSnapshot {

    private CatalogSnapshot() {
    }

    public static Set<String> of(TestDatabase database) {
        boolean h2 = database.kind() == TestDatabase.Kind.H2;
        String schema = h2 ? "PUBLIC" : "public";
        List<String> queries = List.of(
                h2 ? "select 'index ' || INDEX_NAME from INFORMATION_SCHEMA.INDEXES where TABLE_SCHEMA = 'PUBLIC'"
                        + " and INDEX_TYPE_NAME <> 'PRIMARY KEY' and IS_GENERATED = false"
                        : "select 'index ' || indexname || ': ' || indexdef from pg_indexes where schemaname = 'public'",
                "select 'constraint ' || table_name || '.' || constraint_name || ' ' || constraint_type"
                        + " from information_schema.table_constraints where table_schema = '" + schema + "'"
                        + (h2 ? "" : " and constraint_type <> 'CHECK'"),
                "select 'view ' || table_name from information_schema.views where table_schema = '" + schema + "'",
                "select 'column ' || table_name || '.' || column_name || ' ' || data_type || ' nullable '"
                        + " || is_nullable || ' default ' || coalesce(column_default, '-')"
                        + " from information_schema.columns where table_schema = '" + schema + "'",
                h2 ? "select 'none' from information_schema.views where 1 = 0"
                        : "select 'trigger ' || event_object_table || '.' || trigger_name || ' ' || event_manipulation"
                        + " from information_schema.triggers where trigger_schema = 'public'");
        Set<String> lines = new TreeSet<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String query : queries) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    while (rows.next()) {
                        lines.add(rows.getString(1).toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the catalog of " + database + ": " + e.getMessage(), e);
        }
        lines.removeIf(line -> line.contains("plumb_schema_history") || line.contains("plumb_lock"));
        return lines;
    }
}
