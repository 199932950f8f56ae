package dev.plumb.generate;

import dev.plumb.dialect.InspectionScope;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.model.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Inspects the connection's default schema on a background thread while Hibernate boots on the caller's: the two are
 * independent, and the Hibernate boot is most of a {@code generate}. Only the schemas the entities name beyond the
 * default one are unknown until Hibernate has booted; when there are any, {@link #current} inspects again with the
 * full scope (correct, if no faster than before).
 *
 * <p>The connection is never used by two threads at once: the caller does not touch it between {@link #start} and
 * {@link #current} (or {@link #await}), and {@link FutureTask#get} hands it back with a happens-before edge.
 */
final class EarlyInspection {

    private final Connection connection;
    private final SqlDialect dialect;
    private final InspectionScope defaultScope;
    private final FutureTask<Schema> task;

    private EarlyInspection(Connection connection, SqlDialect dialect, InspectionScope defaultScope) {
        this.connection = connection;
        this.dialect = dialect;
        this.defaultScope = defaultScope;
        this.task = new FutureTask<>(() -> dialect.inspector().inspect(connection, defaultScope));
    }

    /** Starts inspecting {@code defaultScope} (no extra namespaces) on a daemon thread. */
    static EarlyInspection start(Connection connection, SqlDialect dialect, InspectionScope defaultScope) {
        EarlyInspection inspection = new EarlyInspection(connection, dialect, defaultScope);
        Thread thread = new Thread(inspection.task, "plumb-inspection");
        thread.setDaemon(true);
        thread.start();
        return inspection;
    }

    /** The raw (not yet normalized) current schema for {@code scope}, once the early inspection is done. */
    Schema current(InspectionScope scope) throws SQLException {
        Schema early = await();
        return scope.equals(defaultScope) ? early : dialect.inspector().inspect(connection, scope);
    }

    /** Waits for the background inspection; its failure is rethrown as the caller's own. */
    Schema await() throws SQLException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (CancellationException e) {
            throw new IllegalStateException("the schema inspection was cancelled", e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for the background inspection to end, whatever its outcome: the connection is the caller's again. */
    void settle() {
        try {
            await();
        } catch (SQLException | RuntimeException e) {
            // the caller is already failing for another reason; that one is the error to report
        }
    }
}
