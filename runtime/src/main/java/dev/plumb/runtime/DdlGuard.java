package dev.plumb.runtime;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What a database needs around the steps of a migration so that a schema change never queues the application
 * behind it for long, and what an interrupted statement can leave behind. On PostgreSQL ({@link PostgresDdlGuard})
 * every transactional step runs under a short {@code lock_timeout} (the executor rolls it back and retries), long
 * statements get a {@code statement_timeout} that fits them, and a statement that gave up names the sessions it
 * waited for. Elsewhere ({@link #NONE}) nothing is set: H2 and MariaDB commit DDL at once, step by step.
 */
interface DdlGuard extends AutoCloseable {

    /** The guard of a database that needs none. */
    DdlGuard NONE = new DdlGuard() {
    };

    /** The guard for the connection's dialect; {@code dataSource} lends the second connection that names blockers. */
    static DdlGuard of(Dialect dialect, DataSource dataSource, Connection connection, StepSettings settings)
            throws SQLException {
        return dialect == Dialect.POSTGRESQL ? new PostgresDdlGuard(dataSource, connection, settings) : NONE;
    }

    /** Inside the transaction of a step, before its first statement. */
    default void beginTransactionalStep(Connection connection) throws SQLException {
    }

    /** Before a statement that runs outside a transaction (auto-commit), such as a concurrent index build. */
    default void beforeOutsideStatement(Connection connection) throws SQLException {
    }

    /** After such a statement, whether it succeeded or not: restores the session's own settings. */
    default void afterOutsideStatement(Connection connection) throws SQLException {
    }

    /** Whether a statement failed because it waited for a lock longer than allowed: its step may be retried. */
    default boolean lockTimedOut(SQLException failure) {
        return false;
    }

    /** Starts watching the statement about to run; the watch names what it waited for, if it had to wait. */
    default Watch watch() {
        return Optional::empty;
    }

    /**
     * Drops what an interrupted or failed statement of a migration left behind, so that it can run again (on
     * PostgreSQL, the invalid index of an interrupted {@code create index concurrently}); returns a line per object
     * dropped. Refuses with a {@link ValidationException} while the statement still runs in a session of its own.
     */
    default List<String> dropLeftovers(Connection connection, String statement) throws SQLException {
        return List.of();
    }

    @Override
    default void close() {
    }

    /** A statement being watched. */
    @FunctionalInterface
    interface Watch extends AutoCloseable {

        /** The sessions the statement waited for, as one line, when it waited long enough to be looked at. */
        Optional<String> blockers();

        @Override
        default void close() {
        }
    }
}
