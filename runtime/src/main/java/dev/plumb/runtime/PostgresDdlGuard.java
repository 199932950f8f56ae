package dev.plumb.runtime;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PostgreSQL's guard around the steps of a migration.
 *
 * <ul>
 *   <li>A statement that waits for a lock makes every later query on the table queue behind it, whatever lock those
 *   need: so each transactional step runs under {@code set local lock_timeout} (short, default 2 s) and gives up
 *   rather than stall the application; the executor rolls the step back and retries it. See
 *   <a href="https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT">lock_timeout</a>
 *   and <a href="https://www.postgresql.org/docs/current/explicit-locking.html">lock queueing</a>.</li>
 *   <li>A role or database default {@code statement_timeout} (often 30 s for a web application's role) would kill a
 *   concurrent index build or a {@code validate constraint} on a big table half-way: those do not block writers and
 *   may take hours, so steps run under the configured {@code statement_timeout} (default 0, no limit), {@code set
 *   local} in a transaction and {@code set} / {@code reset} around a statement outside one.</li>
 *   <li>A killed client leaves its backend running a concurrent build to the end (or waiting for a lock forever):
 *   PostgreSQL notices a closed connection only when it next writes to it. {@code client_connection_check_interval}
 *   (PostgreSQL 14+) makes it poll the socket while the statement runs and cancel it, leaving the invalid index
 *   {@code repair} drops. See <a href="https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-CLIENT-CONNECTION-CHECK-INTERVAL">client_connection_check_interval</a>.</li>
 *   <li>An interrupted {@code create index concurrently} leaves an index marked invalid in {@code pg_index}, never
 *   used by queries but still updated by every write; running the statement again fails on its name. See
 *   <a href="https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY">building
 *   indexes concurrently</a>.</li>
 * </ul>
 */
final class PostgresDdlGuard implements DdlGuard {

    /** SQLSTATE lock_not_available: what {@code lock_timeout} raises. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final int CLIENT_CHECK_MILLIS = 1_000;

    private final Connection connection;
    private final StepSettings settings;
    private final PostgresBlockers blockers;
    private final boolean checksClient;

    PostgresDdlGuard(DataSource dataSource, Connection connection, StepSettings settings) throws SQLException {
        this.connection = connection;
        this.settings = settings;
        this.blockers = new PostgresBlockers(dataSource, backendPid(connection), settings.lockTimeout());
        this.checksClient = connection.getMetaData().getDatabaseMajorVersion() >= 14;
        if (checksClient) {
            execute(connection, "set client_connection_check_interval = " + CLIENT_CHECK_MILLIS);
        }
    }

    @Override
    public void beginTransactionalStep(Connection connection) throws SQLException {
        execute(connection, "set local lock_timeout = " + settings.lockTimeout().toMillis());
        execute(connection, "set local statement_timeout = " + settings.statementTimeout().toMillis());
    }

    @Override
    public void beforeOutsideStatement(Connection connection) throws SQLException {
        execute(connection, "set statement_timeout = " + settings.statementTimeout().toMillis());
    }

    @Override
    public void afterOutsideStatement(Connection connection) throws SQLException {
        execute(connection, "reset statement_timeout");
    }

    @Override
    public boolean lockTimedOut(SQLException failure) {
        return LOCK_NOT_AVAILABLE.equals(failure.getSQLState());
    }

    @Override
    public Watch watch() {
        return settings.lockTimeout().isZero() ? DdlGuard.super.watch() : blockers.watch();
    }

    /**
     * Drops, with {@code drop index concurrently} (it does not block writers either), each invalid index whose name
     * the statement mentions. Refuses while another session still runs the statement: dropping the index under a
     * build that is still going would wait for it, and the build could still finish.
     */
    @Override
    public List<String> dropLeftovers(Connection connection, String statement) throws SQLException {
        refuseWhileRunning(connection, statement);
        List<String> dropped = new ArrayList<>();
        for (String[] index : invalidIndexes(connection)) {
            if (mentions(statement, index[1])) {
                String name = quote(index[0]) + "." + quote(index[1]);
                execute(connection, "drop index concurrently if exists " + name);
                dropped.add("Dropped the invalid index " + index[0] + "." + index[1] + " the interrupted statement '"
                        + Failures.shorten(statement) + "' left");
            }
        }
        return dropped;
    }

    /** Stops watching and gives the connection back as it came (a pool lends it again). */
    @Override
    public void close() {
        blockers.close();
        if (checksClient) {
            try {
                execute(connection, "reset client_connection_check_interval");
            } catch (SQLException e) {
                System.getLogger(PostgresDdlGuard.class.getName()).log(System.Logger.Level.DEBUG,
                        "Cannot reset client_connection_check_interval: {0}", e.getMessage());
            }
        }
    }

    private void refuseWhileRunning(Connection connection, String statement) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select pid from pg_stat_activity"
                + " where state = 'active' and pid <> pg_backend_pid() and query = ?")) {
            query.setString(1, statement);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    int pid = rows.getInt(1);
                    throw new ValidationException(null, "Cannot repair yet: the interrupted statement '"
                            + Failures.shorten(statement) + "' still runs in session pid " + pid + " (its client"
                            + " is gone); wait for it to end, or cancel it with select pg_cancel_backend(" + pid
                            + "), then run repair again");
                }
            }
        }
    }

    private static List<String[]> invalidIndexes(Connection connection) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select n.nspname, c.relname from pg_index i"
                     + " join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace"
                     + " where not i.indisvalid")) {
            while (rows.next()) {
                indexes.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        return indexes;
    }

    /** Whether the SQL names the index: as a whole word, unquoted (any case) or quoted exactly. */
    static boolean mentions(String sql, String name) {
        return sql.contains("\"" + name + "\"") || Pattern.compile("(?<![\\w$\"])" + Pattern.quote(name)
                + "(?![\\w$\"])", Pattern.CASE_INSENSITIVE).matcher(sql).find()
                && name.equals(name.toLowerCase(Locale.ROOT));
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
