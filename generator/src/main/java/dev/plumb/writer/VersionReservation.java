package dev.plumb.writer;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps two processes from giving new migrations in one package directory the same version: the version is computed
 * from the files there, so two {@code plumb new} started in the same second would otherwise both take it. Held
 * from computing the version until the file is written; an OS file lock in the temporary directory, named after the
 * package directory, so that nothing appears in the source tree. Where the lock cannot be taken (a temporary
 * directory shared with another user), versions are still computed, only without this guard.
 */
public final class VersionReservation implements AutoCloseable {

    /** File locks belong to the whole JVM: threads of one process take turns here first. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final FileChannel channel;

    private VersionReservation(FileChannel channel) {
        this.channel = channel;
    }

    /** Waits for other processes writing a migration to {@code packageDirectory}, then holds it until closed. */
    public static VersionReservation of(Path packageDirectory) {
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir")).resolve("plumb-versions-"
                + hash(packageDirectory.toAbsolutePath().normalize().toString()) + ".lock");
        IN_PROCESS.lock();
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock ignored = channel.lock();
            return new VersionReservation(channel);
        } catch (IOException e) {
            return new VersionReservation(null);
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }

    @Override
    public void close() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // closing releases the lock; so does the process ending
        } finally {
            IN_PROCESS.unlock();
        }
    }
}
