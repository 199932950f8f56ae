package dev.plumb.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A PostgreSQL session-level advisory lock. The server releases it when the session ends, so a crashed process
 * never leaves the database locked. It is taken by polling {@code pg_try_advisory_lock} rather than blocking in
 * {@code pg_advisory_lock}, so the wait honours the lock timeout without depending on {@code statement_timeout}.
 *
 * <p>The key is a fixed 64-bit number derived from the history table name, so every Plumb process that uses the
 * same history table agrees on it. Advisory locks are per database, so other databases on the server are not
 * affected. See <a href="https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS">advisory
 * locks</a>.
 */
final class PostgresAdvisoryLock implements MigrationLock {

    private static final System.Logger LOG = System.getLogger(PostgresAdvisoryLock.class.getName());
    private static final long MAX_POLL_MILLIS = 500;

    private final Connection connection;
    private final long key;

    private PostgresAdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    static PostgresAdvisoryLock acquire(Connection connection, TableName table, Duration timeout,
                                        Consumer<String> waiting) throws SQLException {
        long key = keyFor(table);
        connection.setAutoCommit(true);
        nameSession(connection);
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextReport = System.nanoTime();
        long pause = 20;
        while (!tryLock(connection, key)) {
            long remaining = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            if (remaining <= 0) {
                throw MigrationLock.timeout(table, timeout, "PostgreSQL advisory lock " + key + ", held by "
                        + holder(connection, key));
            }
            if (System.nanoTime() - nextReport >= 0) {
                waiting.accept(MigrationLock.waitingFor(table, holder(connection, key)));
                nextReport = System.nanoTime() + MigrationLock.REPORT_EVERY.toNanos();
            }
            sleep(Math.min(pause, remaining));
            pause = Math.min(pause * 2, MAX_POLL_MILLIS);
        }
        LOG.log(System.Logger.Level.DEBUG, "Took the PostgreSQL advisory lock {0}", key);
        return new PostgresAdvisoryLock(connection, key);
    }

    /** The first 8 bytes of the SHA-256 of the lower-cased history table name. */
    static long keyFor(TableName table) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("plumb:" + table.sql().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }

    /**
     * Names the lock session {@code plumb <host>/<pid>} in {@code pg_stat_activity}, so that a waiting process (or
     * an operator) can tell who holds the lock.
     */
    private static void nameSession(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('application_name', ?, false)")) {
            statement.setString(1, MigrationLock.holderName());
            statement.execute();
        }
    }

    /**
     * Who holds the advisory lock and since when: the holder's session from {@code pg_stat_activity}. Its lock
     * connection runs nothing after taking the lock, so {@code state_change} is when it took it. A bigint key
     * appears in {@code pg_locks} split into {@code classid} (high half) and {@code objid} (low half).
     */
    static String holder(Connection connection, long key) {
        String sql = "select a.pid, a.application_name, a.client_addr, a.state_change from pg_locks l"
                + " join pg_stat_activity a on a.pid = l.pid where l.locktype = 'advisory' and l.granted"
                + " and l.objsubid = 1 and l.database = (select oid from pg_database where datname ="
                + " current_database()) and l.classid::bigint = ? and l.objid::bigint = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet resultSet = statement.executeQuery()) {
                if (!resultSet.next()) {
                    return "a session that just released it";
                }
                return "'" + resultSet.getString(2) + "' (backend pid " + resultSet.getInt(1)
                        + (resultSet.getString(3) == null ? "" : ", from " + resultSet.getString(3))
                        + ") since " + resultSet.getObject(4, java.time.OffsetDateTime.class).toInstant();
            }
        } catch (SQLException e) {
            return "another session (cannot read pg_locks: " + Failures.firstLine(e) + ")";
        }
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet resultSet = statement.executeQuery()) {
                return resultSet.next() && resultSet.getBoolean(1);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("Interrupted while waiting for the migration lock");
        }
    }

    @Override
    public void close() {
        MigrationLock.release(connection, "select pg_advisory_unlock(?)", key);
    }
}
