package dev.plumb.dialect.mariadb;

import dev.plumb.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;

/** Helpers the MariaDB contract tests share: the test database's name, and a second database beside it. */
final class MariaDbTestDatabases {

    private MariaDbTestDatabases() {
    }

    /** The database of the test database's URL (MariaDB's schema). */
    static String name(TestDatabase db) {
        try (Connection connection = db.connect()) {
            return connection.getCatalog();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A second database named after the test database, so that tests running at once on one server never share it:
     * MariaDB's {@code create schema} makes a database of the server.
     */
    static String beside(TestDatabase db, String suffix) {
        return name(db) + "_" + suffix;
    }

    /** Drops a database made by {@link #beside}. */
    static void drop(TestDatabase db, String database) {
        db.execute("drop database if exists " + database);
    }
}
