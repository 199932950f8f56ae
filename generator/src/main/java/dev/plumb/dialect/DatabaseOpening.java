package dev.plumb.dialect;

import dev.plumb.dialect.h2.H2FileLock;

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
 * accept; an embedded H2 file database is opened by one process at a time ({@link H2FileLock}), and a failure to
 * open it because another process has it open is retried until {@code timeout}.
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
        Optional<java.nio.file.Path> h2File = H2FileLock.databaseOf(url);
        if (h2File.isPresent()) {
            try {
                H2FileLock.hold(h2File.get(), timeout, waiting);
            } catch (IOException e) {
                // an unwritable directory: H2 reports its own, clearer error when it opens the file
            }
        }
        long nextReport = System.nanoTime();
        while (true) {
            try {
                return DriverManager.getConnection(url, properties);
            } catch (SQLException e) {
                if (h2File.isEmpty() || !H2FileLock.busy(e) || System.nanoTime() - deadline >= 0) {
                    throw e;
                }
                if (System.nanoTime() - nextReport >= 0) {
                    waiting.accept("Waiting for the H2 database " + h2File.get() + ", open in another process");
                    nextReport = System.nanoTime() + REPORT_EVERY.toNanos();
                }
                sleep();
            }
        }
    }

    /** Ends what {@link #open} holds for the process: call when the process's connections are all closed. */
    public static void releaseAll() {
        H2FileLock.releaseAll();
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
