package dev.plumb.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The application during the migration: on its own connection, in autocommit, every 10 ms it inserts one row into
 * {@code item} and updates one random existing row, and records how long each statement took. Every row it writes
 * satisfies what the migration adds (a unique code, an existing account, {@code amount >= 0}, a region), so a write
 * that is slow is slow because it waited, never because it was refused. The schedule does not catch up after a
 * stall: the next tick is 10 ms after the later of the planned tick and the end of the last write, so a stall shows
 * as one long write, not as a burst of queued ones after it.
 */
final class WriterLoad implements AutoCloseable {

    static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    /** One statement: {@code insert} or {@code update}, when it started and ended (System.nanoTime), its error. */
    record Write(String kind, long startNanos, long endNanos, String error) {
        long millis() {
            return TimeUnit.NANOSECONDS.toMillis(endNanos - startNanos);
        }
    }

    private final Connection connection;
    private final int existingRows;
    private final int accounts;
    private final int backendPid;
    private final List<Write> writes = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private long nextId;

    WriterLoad(Connection connection, int existingRows, int accounts) throws SQLException {
        this.connection = connection;
        this.existingRows = existingRows;
        this.accounts = accounts;
        this.nextId = existingRows + 1L;
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement();
             var rs = statement.executeQuery("select pg_backend_pid()")) {
            rs.next();
            backendPid = rs.getInt(1);
        }
        thread = new Thread(this::loop, "plumb-bench-writer");
        thread.setDaemon(true);
    }

    /** The server process of the writer's connection, to find its lock waits in {@code pg_stat_activity}. */
    int backendPid() {
        return backendPid;
    }

    void start() {
        thread.start();
    }

    /** Stops after the current tick and returns every write, in order. */
    List<Write> stop() throws InterruptedException {
        running = false;
        thread.join();
        return List.copyOf(writes);
    }

    private void loop() {
        String insertSql = "insert into item (id, code, account_id, amount, region, created_at, note)"
                + " values (?, ?, ?, ?, 'eu', localtimestamp, 'written during the migration')";
        String updateSql = "update item set amount = amount + 1, note = 'updated during the migration' where id = ?";
        try (PreparedStatement insert = connection.prepareStatement(insertSql);
             PreparedStatement update = connection.prepareStatement(updateSql)) {
            long tick = System.nanoTime();
            while (running) {
                long id = nextId++;
                insert.setLong(1, id);
                insert.setString(2, "C" + id);
                insert.setLong(3, 1 + id % accounts);
                insert.setLong(4, id % 1000);
                writes.add(timed("insert", insert));
                update.setLong(1, 1 + ThreadLocalRandom.current().nextInt(existingRows));
                writes.add(timed("update", update));
                tick = Math.max(tick + TICK_NANOS, System.nanoTime());
                TimeUnit.NANOSECONDS.sleep(Math.max(0, tick - System.nanoTime()));
            }
        } catch (SQLException e) {
            writes.add(new Write("prepare", System.nanoTime(), System.nanoTime(), e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Write timed(String kind, PreparedStatement statement) {
        long start = System.nanoTime();
        String error = null;
        try {
            statement.executeUpdate();
        } catch (SQLException e) {
            error = e.getMessage();
        }
        return new Write(kind, start, System.nanoTime(), error);
    }

    @Override
    public void close() throws SQLException {
        running = false;
        connection.close();
    }
}
