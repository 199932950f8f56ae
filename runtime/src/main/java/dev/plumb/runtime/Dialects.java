package dev.plumb.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/** Detects the dialect of a connection from the product name its driver reports, and what the runtime asks of it. */
final class Dialects {

    private Dialects() {
    }

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return Dialect.fromProductName(product).orElseThrow(() -> new MigrationException(
                "Unsupported database '" + product + "': Plumb supports PostgreSQL and H2"));
    }

    /**
     * Whether DDL takes part in transactions, so that a failed migration leaves nothing behind. PostgreSQL: yes. H2
     * (like MariaDB and MySQL) commits the open transaction at every DDL statement, see
     * <a href="https://h2database.com/html/grammar.html#commands">H2 commands</a> ("commits an open transaction"),
     * so a migration there is applied statement by statement with its progress recorded, as a non-transactional
     * one.
     */
    static boolean transactionalDdl(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL;
    }
}
