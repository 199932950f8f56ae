package dev.plumb.dialect.h2;

import dev.plumb.dialect.DatabaseBusyException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Serializes Plumb processes on one embedded H2 file database, for the whole life of each process.
 *
 * <p>Why: the default URL opens the file with {@code AUTO_SERVER=TRUE}. The first process opens it embedded and
 * serves it to the others over TCP; when that process exits, every connection of the others breaks, whatever they
 * were doing (<a href="https://h2database.com/html/features.html#auto_mixed_mode">automatic mixed mode</a>), and
 * processes opening the file at the same moment fail with "Database may be already in use" or "Lock file recently
 * modified". So a process takes an OS file lock ({@code <database>.plumb-lock}, next to {@code <database>.mv.db})
 * before its first connection and keeps it until it exits (or, in-process, until the command ends): the next
 * process then opens a database nobody serves. A waiting process reports the holder named in the lock file, and
 * gives up after the lock timeout. A holder that dies releases the OS lock with its process.
 */
public final class H2FileLock {

    /** Held by this JVM, by lock file: a second connection of the same process must not wait for itself. */
    private static final Map<Path, FileChannel> HELD = new HashMap<>();
    private static final long POLL_MILLIS = 100;
    private static final Duration REPORT_EVERY = Duration.ofSeconds(5);

    /** H2's "Database may be already in use" and "Database is in exclusive mode": another process has it open. */
    private static final int ALREADY_OPEN = 90020;
    private static final int EXCLUSIVE_MODE = 90135;
    /**
     * "Error opening database", which wraps "Lock file recently modified" and "Another process was faster" while
     * another process opens it at the same moment.
     */
    private static final int ERROR_OPENING = 8000;

    private H2FileLock() {
    }

    /**
     * The database file of an H2 URL that names one ({@code jdbc:h2:file:PATH}, {@code jdbc:h2:PATH}); empty for
     * in-memory and server URLs and for anything that is not H2.
     */
    public static Optional<Path> databaseOf(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        int settings = rest.indexOf(';');
        String name = (settings < 0 ? rest : rest.substring(0, settings)).trim();
        if (name.regionMatches(true, 0, "file:", 0, "file:".length())) {
            name = name.substring("file:".length());
        } else if (name.isEmpty() || name.matches("(?i)^[a-z]+:.*") && !name.matches("^[A-Za-z]:[\\\\/].*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, ...
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name).toAbsolutePath().normalize());
    }

    /** Whether a failure to open an H2 database means another process has it open, so that waiting may help. */
    public static boolean busy(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return e.getErrorCode() == ALREADY_OPEN || e.getErrorCode() == EXCLUSIVE_MODE
                || e.getErrorCode() == ERROR_OPENING
                && (message.contains("lock file") || message.contains("another process was faster"));
    }

    /**
     * Takes the lock of the database within {@code timeout}, telling {@code waiting} at once and then every 5 s
     * who holds it; nothing to do when this process holds it already.
     *
     * @throws DatabaseBusyException naming the holder when the timeout passes
     */
    public static void hold(Path database, Duration timeout, Consumer<String> waiting) throws IOException {
        Path lockFile = lockFileOf(database);
        synchronized (HELD) {
            if (HELD.containsKey(lockFile)) {
                return;
            }
            Files.createDirectories(lockFile.getParent());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                waitFor(channel, database, timeout, waiting);
                nameHolder(channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            HELD.put(lockFile, channel);
        }
    }

    /** Releases every lock this process holds: the end of an in-process command, all connections closed. */
    public static void releaseAll() {
        synchronized (HELD) {
            for (FileChannel channel : HELD.values()) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // closing the channel releases the lock; the process ending does too
                }
            }
            HELD.clear();
        }
    }

    private static void waitFor(FileChannel channel, Path database, Duration timeout, Consumer<String> waiting)
            throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextReport = System.nanoTime();
        while (channel.tryLock() == null) {
            String holder = holder(database);
            if (System.nanoTime() - deadline >= 0) {
                throw new DatabaseBusyException("timed out after " + timeout.toMillis() + " ms waiting for the H2"
                        + " database " + database + ", in use by " + holder + ": retry when it has finished, or"
                        + " wait longer (--lock-timeout)");
            }
            if (System.nanoTime() - nextReport >= 0) {
                waiting.accept("Waiting for the H2 database " + database + ", in use by " + holder);
                nextReport = System.nanoTime() + REPORT_EVERY.toNanos();
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DatabaseBusyException("interrupted while waiting for the H2 database " + database);
            }
        }
    }

    private static Path lockFileOf(Path database) {
        return database.resolveSibling(database.getFileName() + ".plumb-lock");
    }

    /** Writes {@code plumb <host>/<pid> since <instant>} into the lock file, for waiting processes to report. */
    private static void nameHolder(FileChannel channel) throws IOException {
        String host = Optional.ofNullable(System.getenv("HOSTNAME")).filter(h -> !h.isBlank()).orElse("localhost");
        byte[] name = ("plumb " + host + "/" + ProcessHandle.current().pid() + " since " + Instant.now())
                .getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(name), 0);
        channel.force(false);
    }

    private static String holder(Path database) {
        try {
            String name = Files.readString(lockFileOf(database), StandardCharsets.UTF_8).strip();
            return name.isEmpty() ? "another process" : "'" + name.replace(" since ", "' since ");
        } catch (IOException e) {
            return "another process";
        }
    }
}
