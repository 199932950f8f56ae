package dev.plumb.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * H2 has no advisory locks, so the lock is the single row of {@value HistoryTable#LOCK_TABLE}, held by
 * an {@code update} of it in a transaction left open on a dedicated connection until {@link #close()}. H2
 * makes other sessions wait for that row up to their {@code LOCK_TIMEOUT}, which is set to the migrator's lock
 * timeout, and drops the lock with the session. The holder writes its name and the time into the row it locked; a
 * waiting process reads them (uncommitted) every few seconds and logs them, and names them when it times out.
 *
 * <p>The lock table and its row are created on first use, in auto-commit, before the locking transaction starts.
 * Two processes may try that at once: "already exists" and duplicate-key errors are expected and ignored.
 * See <a href="https://h2database.com/html/commands.html#set_lock_timeout">SET LOCK_TIMEOUT</a>.
 */
final class H2RowLock implements MigrationLock {

    private static final System.Logger LOG = System.getLogger(H2RowLock.class.getName());
    /** H2 error code LOCK_TIMEOUT_1 ("Timeout trying to lock table"). */
    private static final int LOCK_TIMEOUT = 50200;
    /** The first wait is short, so that a waiting process says at once who it waits for. */
    private static final long FIRST_SLICE_MILLIS = 200;
    private static final String DUPLICATE_KEY_STATE = "23505";
    private static final String TABLE_EXISTS_STATE = "42S01";

    private final Connection connection;
    private final long previousTimeout;

    private H2RowLock(Connection connection, long previousTimeout) {
        this.connection = connection;
        this.previousTimeout = previousTimeout;
    }

    static H2RowLock acquire(Connection connection, TableName historyTable, Duration timeout,
                             Consumer<String> waiting) throws SQLException {
        TableName lockTable = historyTable.sibling(HistoryTable.LOCK_TABLE);
        connection.setAutoCommit(true);
        long previousTimeout;
        try (Statement statement = connection.createStatement()) {
            ignoring(TABLE_EXISTS_STATE, statement, "create table if not exists " + lockTable.sql()
                    + " (id int not null constraint " + lockTable.name() + "_pk primary key, holder varchar(100),"
                    + " locked_at timestamp)");
            if (!rowExists(statement, lockTable)) {
                ignoring(DUPLICATE_KEY_STATE, statement, "insert into " + lockTable.sql() + " (id) values (1)");
            }
            previousTimeout = currentTimeout(statement);
            waitForRow(connection, statement, lockTable, new Wait(timeout, waiting));
        } catch (SQLException e) {
            MigrationLock.closeQuietly(connection);
            throw e;
        } catch (RuntimeException e) {
            MigrationLock.closeQuietly(connection);
            throw e;
        }
        LOG.log(System.Logger.Level.DEBUG, "Took the H2 row lock on {0}", lockTable);
        return new H2RowLock(connection, previousTimeout);
    }

    /**
     * Locks the row in a transaction, waiting in slices of {@link MigrationLock#REPORT_EVERY} (the first one short)
     * so that the holder is reported between slices. The holder's name and lock time are written in its own, uncommitted transaction, so
     * they are read with {@code READ UNCOMMITTED}.
     */
    private static void waitForRow(Connection connection, Statement statement, TableName lockTable, Wait wait)
            throws SQLException {
        long deadline = System.nanoTime() + wait.timeout().toNanos();
        String holder = MigrationLock.holderName();
        long slice = FIRST_SLICE_MILLIS;
        while (true) {
            long remaining = Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis());
            statement.execute("set lock_timeout " + Math.min(remaining, slice));
            slice = MigrationLock.REPORT_EVERY.toMillis();
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("update " + lockTable.sql()
                    + " set holder = ?, locked_at = ? where id = 1")) {
                lock.setString(1, holder);
                lock.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
                lock.executeUpdate();
                return;
            } catch (SQLException e) {
                if (e.getErrorCode() != LOCK_TIMEOUT) {
                    throw e;
                }
                connection.rollback();
                connection.setAutoCommit(true);
                String current = holder(connection, lockTable);
                if (System.nanoTime() - deadline >= 0) {
                    throw MigrationLock.timeout(lockTable, wait.timeout(), "row lock on "
                            + lockTable + ", held by " + current);
                }
                wait.listener().accept(MigrationLock.waitingFor(lockTable, current));
            }
        }
    }

    /** How long to wait for the row, and who hears about each slice waited. */
    private record Wait(Duration timeout, Consumer<String> listener) {
    }

    static String holder(Connection connection, TableName lockTable) throws SQLException {
        int isolation = connection.getTransactionIsolation();
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
        try (Statement statement = connection.createStatement();
             ResultSet resultSet = statement.executeQuery("select holder, locked_at from " + lockTable.sql()
                     + " where id = 1")) {
            if (resultSet.next() && resultSet.getString(1) != null) {
                return "'" + resultSet.getString(1) + "' since "
                        + resultSet.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
            }
            return "another session";
        } finally {
            connection.setTransactionIsolation(isolation);
        }
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
