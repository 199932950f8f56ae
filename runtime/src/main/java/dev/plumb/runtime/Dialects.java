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
                "Unsupported database '" + product + "': Plumb supports PostgreSQL, H2, MariaDB and MySQL"));
    }

    /**
     * Whether DDL takes part in transactions, so that a failed migration leaves nothing behind. PostgreSQL: yes. H2
     * commits the open transaction at every DDL statement, see
     * <a href="https://h2database.com/html/grammar.html#commands">H2 commands</a> ("commits an open transaction"),
     * and so do MariaDB and MySQL, see
     * <a href="https://mariadb.com/kb/en/sql-statements-that-cause-an-implicit-commit/">statements that cause an
     * implicit commit</a>; a migration there is applied statement by statement with its progress recorded, as a
     * non-transactional one.
     */
    static boolean transactionalDdl(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL;
    }

    /**
     * The type of the history's {@code applied_at} (UTC, no time zone). MariaDB's and MySQL's {@code timestamp} is
     * the wrong one: it is converted from and to the session time zone, ends in 2038, and without
     * {@code explicit_defaults_for_timestamp} (off before MariaDB 10.10) the first one in a table is updated to the
     * current time by every {@code update} of its row, see
     * <a href="https://mariadb.com/kb/en/timestamp/">TIMESTAMP</a>; {@code datetime(6)} keeps what is written.
     */
    static String timestampType(Dialect dialect) {
        return dialect == Dialect.MARIADB || dialect == Dialect.MYSQL ? "datetime(6)" : "timestamp";
    }
}
