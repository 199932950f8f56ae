package dev.plumb.runtime;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A MariaDB (and MySQL) user-level lock, taken with {@code GET_LOCK(name, timeout)} on a dedicated connection. The
 * server releases it when that connection ends, "either normally or abnormally", so a process killed with
 * {@code kill -9} leaves no stuck lock, and it does not interact with transactions, so the implicit commit of every
 * DDL statement on the migration connection cannot release it. See
 * <a href="https://mariadb.com/kb/en/get_lock/">GET_LOCK</a> and
 * <a href="https://dev.mysql.com/doc/refman/8.4/en/locking-functions.html">MySQL locking functions</a>.
 *
 * <p>Lock names are server-wide, not per database, so the name is {@code plumb:<database>.<history table>}: two
 * databases on one server migrate independently. MySQL refuses names longer than 64 characters, so a longer one is
 * replaced by a hash of it. The wait is spent inside {@code GET_LOCK} in slices (the first one short, then
 * {@link MigrationLock#REPORT_EVERY}), so the server hands the lock over at once when it is freed, and between slices
 * the holder is reported: {@code IS_USED_LOCK} gives its connection id, {@code information_schema.PROCESSLIST} its
 * user, host and how long its connection has been idle, which is how long it has held the lock since the lock
 * connection runs nothing after taking it. (Which lock a session holds by name is only visible with the
 * {@code metadata_lock_info} plugin, which a server need not have; the holder's own name cannot be published to other
 * sessions without it.) MariaDB accepts a fractional timeout; MySQL rounds it to whole seconds.
 */
final class MariaDbUserLock implements MigrationLock {

    private static final System.Logger LOG = System.getLogger(MariaDbUserLock.class.getName());
    /** The first wait is short, so that a waiting process says at once who it waits for. */
    private static final long FIRST_SLICE_MILLIS = 200;
    /** MySQL's limit on user-level lock names (ER_USER_LOCK_WRONG_NAME beyond it). */
    static final int MAX_NAME_LENGTH = 64;

    private final Connection connection;
    private final String name;

    private MariaDbUserLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    static MariaDbUserLock acquire(Connection connection, TableName table, Duration timeout,
                                   Consumer<String> waiting) throws SQLException {
        connection.setAutoCommit(true);
        String name = lockName(connection, table);
        long deadline = System.nanoTime() + timeout.toNanos();
        long slice = FIRST_SLICE_MILLIS;
        while (!tryLock(connection, name, Math.min(slice, remainingMillis(deadline)))) {
            slice = MigrationLock.REPORT_EVERY.toMillis();
            String holder = holder(connection, name);
            if (remainingMillis(deadline) <= 0) {
                throw MigrationLock.timeout(table, timeout, "MariaDB user lock '" + name + "', held by " + holder);
            }
            waiting.accept(MigrationLock.waitingFor(table, holder));
        }
        LOG.log(System.Logger.Level.DEBUG, "Took the MariaDB user lock {0}", name);
        return new MariaDbUserLock(connection, name);
    }

    /**
     * {@code plumb:<database>.<table>} in lower case (the server compares lock names case-insensitively anyway),
     * the database being the table's schema or the connection's current database.
     */
    static String lockName(Connection connection, TableName table) throws SQLException {
        String database = table.schema().orElse(null);
        if (database == null) {
            try (PreparedStatement statement = connection.prepareStatement("select database()");
                 ResultSet resultSet = statement.executeQuery()) {
                database = resultSet.next() ? resultSet.getString(1) : null;
            }
        }
        return lockName(database, table.name());
    }

    static String lockName(String database, String table) {
        String name = ("plumb:" + (database == null ? "" : database + ".") + table).toLowerCase(Locale.ROOT);
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ("plumb:" + HexFormat.of().formatHex(hash)).substring(0, MAX_NAME_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }

    /** {@code GET_LOCK}: 1 taken, 0 timed out; NULL (the session was killed, or another error) is an error. */
    private static boolean tryLock(Connection connection, String name, long millis) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select get_lock(?, ?)")) {
            statement.setString(1, name);
            statement.setBigDecimal(2, BigDecimal.valueOf(Math.max(0, millis), 3));
            try (ResultSet resultSet = statement.executeQuery()) {
                resultSet.next();
                int result = resultSet.getInt(1);
                if (resultSet.wasNull()) {
                    throw new SQLException("GET_LOCK('" + name + "') returned NULL: the session was killed or the"
                            + " server ran out of memory");
                }
                return result == 1;
            }
        }
    }

    /**
     * Who holds the lock: connection id, user and host, and since when. A holder that released it between the two
     * queries is "a session that just released it".
     */
    static String holder(Connection connection, String name) {
        String sql = "select l.id, p.user, p.host, p.time from (select is_used_lock(?) as id) l"
                + " left join information_schema.processlist p on p.id = l.id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet resultSet = statement.executeQuery()) {
                if (!resultSet.next() || resultSet.getObject(1) == null) {
                    return "a session that just released it";
                }
                long id = resultSet.getLong(1);
                if (resultSet.getString(2) == null) {
                    // PROCESSLIST shows other users' sessions only with the PROCESS privilege
                    return "connection " + id;
                }
                Instant since = Instant.now().minusSeconds(resultSet.getLong(4));
                return "connection " + id + " ('" + resultSet.getString(2) + "'@'" + resultSet.getString(3)
                        + "') since " + since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            }
        } catch (SQLException e) {
            return "another session (cannot read the process list: " + Failures.firstLine(e) + ")";
        }
    }

    private static long remainingMillis(long deadline) {
        return Duration.ofNanos(deadline - System.nanoTime()).toMillis();
    }

    @Override
    public void close() {
        MigrationLock.release(connection, "select release_lock(?)", name);
    }
}
