package dev.plumb.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches the benchmark's database from a connection of its own while the migration runs: every 20 ms one row per
 * session from {@code pg_stat_activity} (its statement, state, wait event, and
 * <a href="https://www.postgresql.org/docs/15/functions-info.html#FUNCTIONS-INFO-SESSION">{@code pg_blocking_pids}</a>,
 * the sessions it waits for) with the locks it holds or awaits on the benchmark's tables from
 * <a href="https://www.postgresql.org/docs/15/view-pg-locks.html">{@code pg_locks}</a>: a table lock by its mode, an
 * {@code extend}, {@code tuple} or {@code page} lock by its lock type and mode (a relation extension's
 * {@code ExclusiveLock} is no table lock). {@link StallReport} turns the samples into the migration's statements
 * with their server-side durations and, for each slow write, the statement it waited for. Sampling is read-only and
 * takes no lock on the tables.
 */
final class ActivitySampler implements AutoCloseable {

    static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /**
     * One session at one sampling moment ({@code nanos}, System.nanoTime, shared by all rows of that moment).
     * {@code queryStart} and {@code stateChange} are the server's clock in microseconds.
     */
    record Sample(long nanos, int pid, String state, long queryStart, long stateChange, String waitEvent,
            String query, List<Integer> blockers, String locks) {
        boolean active() {
            return "active".equals(state);
        }
    }

    private static final String SQL = """
            select a.pid, a.state, a.query_start, a.state_change,
                   a.wait_event_type || ':' || a.wait_event, a.query, pg_blocking_pids(a.pid),
                   (select string_agg(case when l.locktype = 'relation' then '' else l.locktype || ' ' end
                                      || l.mode || case when l.granted then '' else ' (waiting)' end || ' on '
                                      || c.relname, ', ' order by c.relname, l.mode)
                      from pg_locks l join pg_class c on c.oid = l.relation
                     where l.pid = a.pid and l.database = (select oid from pg_database
                                                            where datname = current_database())
                       and c.relname in ('item', 'account'))
              from pg_stat_activity a
             where a.datname = current_database() and a.pid <> pg_backend_pid()
               and a.backend_type = 'client backend'
            """;

    private final Connection connection;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile SQLException failure;

    ActivitySampler(Connection connection) {
        this.connection = connection;
        thread = new Thread(this::loop, "plumb-bench-sampler");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops sampling and returns the samples in time order. */
    List<Sample> stop() throws InterruptedException, SQLException {
        running = false;
        thread.join();
        if (failure != null) {
            throw failure;
        }
        return List.copyOf(samples);
    }

    private void loop() {
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            long next = System.nanoTime();
            while (running) {
                long now = System.nanoTime();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        samples.add(sample(now, rs));
                    }
                }
                next = Math.max(next + PERIOD_NANOS, System.nanoTime());
                TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
            }
        } catch (SQLException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Sample sample(long now, ResultSet rs) throws SQLException {
        Integer[] blockers = (Integer[]) rs.getArray(7).getArray();
        return new Sample(now, rs.getInt(1), rs.getString(2), micros(rs.getTimestamp(3)), micros(rs.getTimestamp(4)),
                rs.getString(5), rs.getString(6), List.of(blockers), rs.getString(8));
    }

    private static long micros(Timestamp timestamp) {
        return timestamp == null ? 0 : timestamp.getTime() * 1000 + timestamp.getNanos() / 1000 % 1000;
    }

    @Override
    public void close() throws SQLException {
        running = false;
        connection.close();
    }
}
