package dev.plumb.config;

import dev.plumb.dialect.DatabaseBusyException;
import dev.plumb.dialect.Dialects;
import dev.plumb.dialect.EmbeddedFileLock;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Opens a connection the way each database needs when several processes open it at once. Most servers simply
 * accept; an embedded file database (H2's) is opened by one process at a time (its {@link EmbeddedFileLock}, which
 * {@link Dialects} finds for the URL), and a failure to open it because another process has it open is retried until
 * {@code timeout}.
 */
public final class DatabaseOpening {

    private static final long RETRY_MILLIS = 100;
    private static final Duration REPORT_EVERY = Duration.ofSeconds(5);

    private DatabaseOpening() {
    }

    /**
     * A new connection to {@code url}; waits up to {@code timeout} while another process has an embedded database
     * open, telling {@code waiting} who.
     *
     * @throws DatabaseBusyException when the wait times out
     */
    public static Connection open(String url, Properties properties, Duration timeout, Consumer<String> waiting)
            throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<EmbeddedFileLock> lock = Dialects.fileLockOf(url);
        if (lock.isPresent()) {
            try {
                lock.get().hold(timeout, waiting);
            } catch (IOException e) {
                // an unwritable directory: H2 reports its own, clearer error when it opens the file
            }
        }
        long nextReport = System.nanoTime();
        while (true) {
            try {
                return DriverManager.getConnection(url, properties);
            } catch (SQLException e) {
                if (lock.isEmpty() || !lock.get().busy(e) || System.nanoTime() - deadline >= 0) {
                    throw e;
                }
                if (System.nanoTime() - nextReport >= 0) {
                    waiting.accept("Waiting for " + lock.get().database() + ", open in another process");
                    nextReport = System.nanoTime() + REPORT_EVERY.toNanos();
                }
                sleep();
            }
        }
    }

    /** Ends what {@link #open} holds for the process: call when the process's connections are all closed. */
    public static void releaseAll() {
        Dialects.releaseFileLocks();
    }

    private static void sleep() throws SQLException {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting to open the database", e);
        }
    }
}
