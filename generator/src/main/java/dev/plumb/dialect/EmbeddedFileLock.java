package dev.plumb.dialect;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What an embedded file database needs so that several processes can open it in turn (H2's, see
 * {@code H2FileLock}); {@link Dialects#fileLockOf} finds the one a URL needs, {@code config.DatabaseOpening} uses it
 * without knowing the database.
 */
public interface EmbeddedFileLock {

    /** The database, for the message of a waiting process: {@code the H2 database /path/db}. */
    String database();

    /** Waits up to {@code timeout} until this process may open the database, and holds it until the process ends. */
    void hold(Duration timeout, Consumer<String> waiting) throws IOException;

    /** True when opening failed because another process has the database open: worth waiting and retrying. */
    boolean busy(SQLException failure);
}
