package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Read-only probes of a test database, so tests assert on what the database really holds. */
final class Db {

    private Db() {
    }

    static boolean tableExists(TestDatabase db, String table) {
        return count(db, "select count(*) from information_schema.tables where lower(table_name) = ?"
                + inThisDatabase(db), table) > 0;
    }

    static boolean columnExists(TestDatabase db, String table, String column) {
        return count(db, "select count(*) from information_schema.columns where lower(table_name) = ?"
                + " and lower(column_name) = '" + column + "'" + inThisDatabase(db), table) > 0;
    }

    /**
     * MariaDB's {@code information_schema} shows the tables of every database on the server (a database is a schema
     * there), including other tests' databases: only the test's own counts.
     */
    private static String inThisDatabase(TestDatabase db) {
        return db.kind() == TestDatabase.Kind.MARIADB ? " and table_schema = database()" : "";
    }

    /** The versions in the history table, sorted by version. */
    static List<String> historyVersions(TestDatabase db) {
        List<String> versions = strings(db, "select version from " + HistoryTable.DEFAULT_NAME);
        versions.sort(VersionComparator.INSTANCE);
        return versions;
    }

    static void execute(TestDatabase db, String sql) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static List<String> strings(TestDatabase db, String sql) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet resultSet = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (resultSet.next()) {
                values.add(resultSet.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static int count(TestDatabase db, String sql, String parameter) {
        try (Connection connection = db.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter.toLowerCase(Locale.ROOT));
            try (ResultSet resultSet = statement.executeQuery()) {
                resultSet.next();
                return resultSet.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
