package dev.plumb.dialect.h2;

import dev.plumb.dialect.EmbeddedFileLock;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

/** {@link H2FileLock} for one H2 file database, as the dialect-neutral {@link EmbeddedFileLock}. */
public record H2EmbeddedLock(Path file) implements EmbeddedFileLock {

    @Override
    public String database() {
        return "the H2 database " + file;
    }

    @Override
    public void hold(Duration timeout, Consumer<String> waiting) throws IOException {
        H2FileLock.hold(file, timeout, waiting);
    }

    @Override
    public boolean busy(SQLException failure) {
        return H2FileLock.busy(failure);
    }
}
