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
 * constraints, views, triggers (PostgreSQL, MariaDB), and each column's type, nullability and default. Two snapshots
 * compare as sets, so a test sees every object an adoption step removed or changed.
 */
public final class CatalogSnapshot {

    private CatalogSnapshot() {
    }

    public static Set<String> of(TestDatabase database) {
        List<String> queries = switch (database.kind()) {
            case H2 -> h2();
            case MARIADB -> mariaDb();
            default -> postgres();
        };
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

    private static List<String> postgres() {
        return List.of("select 'index ' || indexname || ': ' || indexdef from pg_indexes where schemaname = 'public'",
                constraints("'public'", " and constraint_type <> 'CHECK'"), views("'public'"), columns("'public'"),
                "select 'trigger ' || event_object_table || '.' || trigger_name || ' ' || event_manipulation"
                        + " from information_schema.triggers where trigger_schema = 'public'");
    }

    private static List<String> h2() {
        return List.of("select 'index ' || INDEX_NAME from INFORMATION_SCHEMA.INDEXES where TABLE_SCHEMA = 'PUBLIC'"
                        + " and INDEX_TYPE_NAME <> 'PRIMARY KEY' and IS_GENERATED = false",
                constraints("'PUBLIC'", ""), views("'PUBLIC'"), columns("'PUBLIC'"));
    }

    /**
     * MariaDB: the database is the schema; {@code ||} is OR there unless {@code PIPES_AS_CONCAT} is set
     * (https://mariadb.com/kb/en/sql_mode/), so the lines are built with {@code concat}. An index lists its columns,
     * order and uniqueness, as pg_indexes' definition does on PostgreSQL; checks are left out as there.
     */
    private static List<String> mariaDb() {
        return List.of("select concat('index ', index_name, ' on ', table_name, ': ',"
                        + " if(non_unique = 0, 'unique ', ''), group_concat(column_name, ' ', coalesce(collation, '') order by seq_in_index))"
                        + " from information_schema.statistics where table_schema = database()"
                        + " and index_name <> 'PRIMARY' group by table_name, index_name, non_unique",
                "select concat('constraint ', table_name, '.', constraint_name, ' ', constraint_type)"
                        + " from information_schema.table_constraints where table_schema = database()"
                        + " and constraint_type <> 'CHECK'",
                "select concat('view ', table_name) from information_schema.views where table_schema = database()",
                "select concat('column ', table_name, '.', column_name, ' ', column_type, ' nullable ', is_nullable,"
                        + " ' default ', coalesce(column_default, '-')) from information_schema.columns"
                        + " where table_schema = database()",
                "select concat('trigger ', event_object_table, '.', trigger_name, ' ', event_manipulation)"
                        + " from information_schema.triggers where trigger_schema = database()");
    }

    private static String constraints(String schema, String filter) {
        return "select 'constraint ' || table_name || '.' || constraint_name || ' ' || constraint_type"
                + " from information_schema.table_constraints where table_schema = " + schema + filter;
    }

    private static String views(String schema) {
        return "select 'view ' || table_name from information_schema.views where table_schema = " + schema;
    }

    private static String columns(String schema) {
        return "select 'column ' || table_name || '.' || column_name || ' ' || data_type || ' nullable '"
                + " || is_nullable || ' default ' || coalesce(column_default, '-')"
                + " from information_schema.columns where table_schema = " + schema;
    }
}
