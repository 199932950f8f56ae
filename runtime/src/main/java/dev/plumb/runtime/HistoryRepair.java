package dev.plumb.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What {@link Migrator#repair()} does to the history, under the migration lock: for each partial or failed migration,
 * drops what its interrupted statement left behind where the dialect's {@link DdlGuard} can tell (an invalid index),
 * then removes its row when no statement was done (pending again) or marks it to resume at the first one not done.
 */
final class HistoryRepair {

    private static final System.Logger LOG = System.getLogger(HistoryRepair.class.getName());

    private final MigrationCatalog catalog;
    private final Dialect dialect;
    private final Consumer<String> notices;
    private final GuardOpener guards;

    HistoryRepair(MigrationCatalog catalog, Dialect dialect, Consumer<String> notices, GuardOpener guards) {
        this.catalog = catalog;
        this.dialect = dialect;
        this.notices = notices;
        this.guards = guards;
    }

    /** The versions repaired; empty when there was nothing to do. */
    List<String> repair(Connection connection, HistoryRepository history) throws SQLException {
        List<String> repaired = new ArrayList<>();
        for (AppliedMigration row : history.readIfExists().orElse(List.of())) {
            if (row.state() == HistoryState.PARTIAL || row.state() == HistoryState.FAILED) {
                Optional<String> interrupted = interruptedStatement(row);
                if (interrupted.isPresent()) {
                    try (DdlGuard guard = guards.open()) {
                        guard.dropLeftovers(connection, interrupted.get()).forEach(notices);
                    }
                }
                if (row.statementsDone() == 0) {
                    history.delete(row.version());
                } else {
                    history.progress(row.version(), HistoryState.RESUME, row.statementsDone(), row.failure());
                }
                LOG.log(System.Logger.Level.INFO, "Repaired migration {0}: {1} statements done", row.version(),
                        row.statementsDone());
                repaired.add(row.version());
            }
        }
        return repaired;
    }

    /** The statement a partial migration stopped at, when its code still has it for this dialect. */
    private Optional<String> interruptedStatement(AppliedMigration row) {
        return catalog.find(row.version())
                .map(migration -> MigrationCatalog.upStatements(migration, dialect))
                .filter(statements -> row.statementsDone() < statements.size())
                .map(statements -> statements.get(row.statementsDone()));
    }

    /** Opens the dialect's guard on the repairing connection, only when a statement may have left something. */
    @FunctionalInterface
    interface GuardOpener {
        DdlGuard open() throws SQLException;
    }
}
