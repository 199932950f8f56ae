package dev.plumb.runtime;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Keeps two processes from migrating the same database at once. The lock lives on a dedicated connection, never
 * the one that runs migrations, so it is released when the holder closes it or its process dies, and migration
 * transactions cannot release it by committing.
 */
interface MigrationLock extends AutoCloseable {

    /** Like {@link #acquire(DataSource, Dialect, TableName, Duration, Consumer)}, logging each wait at INFO. */
    static MigrationLock acquire(DataSource dataSource, Dialect dialect, TableName table, Duration timeout) {
        return acquire(dataSource, dialect, table, timeout, MigrationLock::logWait);
    }

    /**
     * Opens a dedicated connection and takes the lock for the history table {@code table} within {@code timeout};
     * while another process holds it, tells {@code waiting} every {@link #REPORT_EVERY} who that is.
     */
    static MigrationLock acquire(DataSource dataSource, Dialect dialect, TableName table, Duration timeout,
                                 Consumer<String> waiting) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            return switch (dialect) {
                case POSTGRESQL -> PostgresAdvisoryLock.acquire(connection, table, timeout, waiting);
                case H2 -> H2RowLock.acquire(connection, table, timeout, waiting);
                case MARIADB, MYSQL -> MariaDbUserLock.acquire(connection, table, timeout, waiting);
            };
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new MigrationException(null, "Cannot take the migration lock: " + Failures.firstLine(e), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** How often a waiting process logs who holds the lock. */
    Duration REPORT_EVERY = Duration.ofSeconds(5);

    /** How a lock holder names itself: {@code plumb <host>/<pid>}, at most 63 characters (PostgreSQL's limit). */
    static String holderName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "unknown-host";
            }
        }
        String name = "plumb " + host + "/" + ProcessHandle.current().pid();
        return name.length() <= 63 ? name : name.substring(0, 63);
    }

    /** Releases the lock and closes its connection. */
    @Override
    void close();

    /**
     * Releases a lock by the statement {@code sql} with {@code key} as its parameter, then closes its connection,
     * which releases it anyway: a failed release is only logged.
     */
    static void release(Connection connection, String sql, Object key) {
        try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            statement.execute();
        } catch (SQLException e) {
            System.getLogger(MigrationLock.class.getName()).log(System.Logger.Level.WARNING, "Cannot release the"
                    + " migration lock explicitly; closing its connection releases it: {0}", e.getMessage());
        } finally {
            closeQuietly(connection);
        }
    }

    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing also drops the lock; nothing else to do
        }
    }

    static LockTimeoutException timeout(TableName table, Duration timeout, String how) {
        return new LockTimeoutException("Timed out after " + timeout.toMillis() + " ms waiting for the migration"
                + " lock of " + table + " (" + how + "): another process is migrating this database; retry when it"
                + " has finished, or wait longer (--lock-timeout / Migrator.Builder.lockTimeout)");
    }

    /** The line a waiting process reports every {@link #REPORT_EVERY}. */
    static String waitingFor(TableName table, String holder) {
        return "Waiting for the migration lock of " + table + ", held by " + holder;
    }

    private static void logWait(String message) {
        System.getLogger(MigrationLock.class.getName()).log(System.Logger.Level.INFO, message);
    }
}
