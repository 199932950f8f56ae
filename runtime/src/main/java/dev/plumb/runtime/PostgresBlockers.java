package dev.plumb.runtime;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Names the sessions a waiting statement of the migration connection waits for, so that a step that gives up after
 * its {@code lock_timeout} can say whom to talk to. Once a statement has waited a third of the lock timeout, a
 * second connection asks {@code pg_blocking_pids()} of the migration backend, and again every third until the
 * statement ends: after the timeout the wait is over and the blockers can no longer be told from any other session.
 * See <a href="https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-SESSION-TABLE">pg_blocking_pids</a>
 * and <a href="https://www.postgresql.org/docs/current/monitoring-stats.html#MONITORING-PG-STAT-ACTIVITY-VIEW">pg_stat_activity</a>.
 */
final class PostgresBlockers implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PostgresBlockers.class.getName());
    private static final String QUERY = "select pid, usename, application_name, state,"
            + " coalesce(extract(epoch from now() - xact_start)::bigint, 0), query"
            + " from pg_stat_activity where pid = any(pg_blocking_pids(?)) order by xact_start";
    private static final int QUERY_LENGTH = 60;

    private final DataSource dataSource;
    private final int waitingPid;
    private final long periodMillis;
    private ScheduledExecutorService scheduler;
    /** Used by the scheduler's thread only. */
    private Connection connection;

    PostgresBlockers(DataSource dataSource, int waitingPid, Duration lockTimeout) {
        this.dataSource = dataSource;
        this.waitingPid = waitingPid;
        this.periodMillis = Math.max(20, lockTimeout.toMillis() / 3);
    }

    /** Looks at the migration backend every third of the lock timeout until the returned watch is closed. */
    synchronized DdlGuard.Watch watch() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "plumb-lock-watch");
                thread.setDaemon(true);
                return thread;
            });
            // open the second connection now, so that the first look is not late by a connection's set-up
            scheduler.execute(() -> {
                try {
                    connection();
                } catch (SQLException e) {
                    LOG.log(System.Logger.Level.DEBUG, "Cannot open the connection that names blockers: {0}",
                            e.getMessage());
                }
            });
        }
        AtomicReference<String> seen = new AtomicReference<>();
        ScheduledFuture<?> look = scheduler.scheduleWithFixedDelay(() -> describe().ifPresent(seen::set),
                periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        return new DdlGuard.Watch() {
            @Override
            public Optional<String> blockers() {
                return Optional.ofNullable(seen.get());
            }

            @Override
            public void close() {
                look.cancel(false);
            }
        };
    }

    /** One line naming every session that blocks the migration backend now; empty when none does. */
    private Optional<String> describe() {
        try {
            List<String> sessions = new ArrayList<>();
            try (PreparedStatement statement = connection().prepareStatement(QUERY)) {
                statement.setInt(1, waitingPid);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sessions.add(session(rows));
                    }
                }
            }
            return sessions.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", sessions));
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot name the blocking sessions: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
        }
        return connection;
    }

    private static String session(ResultSet row) throws SQLException {
        String query = row.getString(6) == null ? "" : row.getString(6).strip().replaceAll("\\s+", " ");
        String state = row.getString(4);
        return "session pid " + row.getInt(1) + " (user " + row.getString(2) + ", application '"
                + row.getString(3) + "', " + state + ", transaction open for " + row.getLong(5) + " s, "
                + ("active".equals(state) ? "" : "last ") + "query '" + (query.length() > QUERY_LENGTH ? query.substring(0, QUERY_LENGTH) + "..." : query)
                + "')";
    }

    @Override
    public synchronized void close() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        MigrationLock.closeQuietly(connection);
    }
}
