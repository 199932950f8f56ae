package dev.plumb.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * H2 has no advisory locks, so the lock is the single row of {@value HistoryTable#LOCK_TABLE}, held by
 * {@code select ... for update} in a transaction left open on a dedicated connection until {@link #close()}. H2
 * makes other sessions wait for that row up to their {@code LOCK_TIMEOUT}, which is set to the migrator's lock
 * timeout, and drops the lock with the session.
 *
 * <p>The lock table and its row are created on first use, in auto-commit, before the locking transaction starts.
 * Two processes may try that at once: "already exists" and duplicate-key errors are expected and ignored.
 * See <a href="https://h2database.com/html/commands.html#set_lock_timeout">SET LOCK_TIMEOUT</a>.
 */
final class H2RowLock implements MigrationLock {

    private static final System.Logger LOG = System.getLogger(H2RowLock.class.getName());
    /** H2 error code LOCK_TIMEOUT_1 ("Timeout trying to lock table"). */
    private static final int LOCK_TIMEOUT = 50200;
    private static final String DUPLICATE_KEY_STATE = "23505";
    private static final String TABLE_EXISTS_STATE = "42S01";

    private final Connection connection;
    private final long previousTimeout;

    private H2RowLock(Connection connection, long previousTimeout) {
        this.connection = connection;
        this.previousTimeout = previousTimeout;
    }

    static H2RowLock acquire(Connection connection, TableName historyTable, Duration timeout) throws SQLException {
        TableName lockTable = historyTable.sibling(HistoryTable.LOCK_TABLE);
        connection.setAutoCommit(true);
        long previousTimeout;
        try (Statement statement = connection.createStatement()) {
            ignoring(TABLE_EXISTS_STATE, statement, "create table if not exists " + lockTable.sql()
                    + " (id int not null primary key)");
            if (!rowExists(statement, lockTable)) {
                ignoring(DUPLICATE_KEY_STATE, statement, "insert into " + lockTable.sql() + " (id) values (1)");
            }
            previousTimeout = currentTimeout(statement);
            statement.execute("set lock_timeout " + Math.max(1, timeout.toMillis()));
            connection.setAutoCommit(false);
            statement.executeQuery("select id from " + lockTable.sql() + " where id = 1 for update").close();
        } catch (SQLException e) {
            MigrationLock.closeQuietly(connection);
            if (e.getErrorCode() == LOCK_TIMEOUT) {
                throw MigrationLock.timeout(historyTable, timeout, "row lock on " + lockTable);
            }
            throw e;
        }
        LOG.log(System.Logger.Level.DEBUG, "Took the H2 row lock on {0}", lockTable);
        return new H2RowLock(connection, previousTimeout);
    }

    /** The session's lock timeout, restored on release: a pooled connection must come back as it was lent. */
    private static long currentTimeout(Statement statement) throws SQLException {
        try (var resultSet = statement.executeQuery("select lock_timeout()")) {
            resultSet.next();
            return resultSet.getLong(1);
        }
    }

    private static boolean rowExists(Statement statement, TableName lockTable) throws SQLException {
        try (var resultSet = statement.executeQuery("select count(*) from " + lockTable.sql() + " where id = 1")) {
            return resultSet.next() && resultSet.getInt(1) > 0;
        }
    }

    /** Runs a statement, treating the given SQL state as "another process did it first". */
    private static void ignoring(String sqlState, Statement statement, String sql) throws SQLException {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            if (!sqlState.equals(e.getSQLState())) {
                throw e;
            }
            LOG.log(System.Logger.Level.DEBUG, "Another process created the lock first: {0}", e.getMessage());
        }
    }

    @Override
    public void close() {
        try (Statement statement = connection.createStatement()) {
            connection.rollback();
            connection.setAutoCommit(true);
            statement.execute("set lock_timeout " + previousTimeout);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot end the lock transaction; closing its connection releases"
                    + " it: {0}", e.getMessage());
        } finally {
            MigrationLock.closeQuietly(connection);
        }
    }
}
