package dev.plumb.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs one migration (up or down) and its history change on the migration connection.
 *
 * <p>Where DDL is transactional (PostgreSQL), a migration {@linkplain Migration#transactional(Dialect) transactional}
 * on that dialect runs in its {@linkplain ScriptStep steps} ({@link StepExecutor}): each transactional step with its
 * history change in one transaction, each statement the database refuses in a transaction in auto-commit followed
 * by its progress; a migration of one transactional step is one transaction with its history row, and a failure
 * leaves nothing behind. Everywhere else the migration is applied statement by statement with its progress
 * recorded: a migration whose {@code transactional()} says false (hand-written and older generated classes), and on
 * H2 (which, like MariaDB, commits each DDL statement implicitly, so a transaction could not contain a failure) every
 * migration. Its history row is written {@code PARTIAL} before the first statement, counts each statement done in
 * auto-commit, turns {@code FAILED} (with the error) when a statement fails and {@code APPLIED} at the end; so a crash
 * half-way stays visible, the message names the statements that stayed applied, and after {@code repair} the
 * migration resumes at the first statement not done. There a rollback runs in one transaction; on H2 its earlier
 * DDL may stay (the message says which statements).
 */
final class MigrationExecutor {

    private static final System.Logger LOG = System.getLogger(MigrationExecutor.class.getName());

    private final ExecutionContext context;
    private final Connection connection;
    private final Dialect dialect;
    private final HistoryRepository history;

    MigrationExecutor(ExecutionContext context) {
        this.context = context;
        this.connection = context.connection();
        this.dialect = context.dialect();
        this.history = context.history();
    }

    MigrationReport.Step apply(PlannedMigration planned) {
        Migration migration = planned.migration();
        Instant start = Instant.now();
        long started = System.nanoTime();
        if (inSteps(migration)) {
            try {
                new StepExecutor(context).apply(planned, start, started);
            } catch (SQLException e) {
                throw historyFailure(migration, e);
            }
        } else {
            applyWithProgress(planned, start, started);
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - started);
        LOG.log(System.Logger.Level.INFO, "Applied {0} in {1} ms", Failures.name(migration), duration.toMillis());
        return new MigrationReport.Step(migration.version(), migration.description(), MigrationReport.Direction.UP,
                duration);
    }

    MigrationReport.Step undo(PlannedMigration planned) {
        Migration migration = planned.migration();
        long started = System.nanoTime();
        if (inSteps(migration)) {
            try {
                new StepExecutor(context).undo(planned);
            } catch (SQLException e) {
                throw historyFailure(migration, e);
            }
        } else {
            inTransaction(migration, () -> {
                runStatements(planned, MigrationReport.Direction.DOWN);
                history.delete(migration.version());
            });
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - started);
        LOG.log(System.Logger.Level.INFO, "Rolled back {0} in {1} ms", Failures.name(migration),
                duration.toMillis());
        return new MigrationReport.Step(migration.version(), migration.description(),
                MigrationReport.Direction.DOWN, duration);
    }

    /** Whether the migration runs in its steps: transactional on a database with transactional DDL. */
    private boolean inSteps(Migration migration) {
        return migration.transactional(dialect) && Dialects.transactionalDdl(dialect);
    }

    private static MigrationException historyFailure(Migration migration, SQLException e) {
        return new MigrationException(migration.version(), Failures.name(migration)
                + ": cannot update the history: " + Failures.firstLine(e), e);
    }

    /** Runs a non-transactional migration in auto-commit, recording after each statement how many are done. */
    private void applyWithProgress(PlannedMigration planned, Instant start, long started) {
        Migration migration = planned.migration();
        int done = planned.resumeFrom();
        try {
            connection.setAutoCommit(true);
            if (done == 0) {
                history.insert(new AppliedMigration(migration.version(), migration.description(), planned.checksum(),
                        start, context.installedBy(), Duration.ZERO, HistoryState.PARTIAL, 0, Optional.empty()));
            } else {
                history.progress(migration.version(), HistoryState.PARTIAL, done, Optional.empty());
            }
            try (Statement statement = connection.createStatement()) {
                for (; done < planned.statements().size(); done++) {
                    runOne(statement, planned, done);
                    history.progress(migration.version(), HistoryState.PARTIAL, done + 1, Optional.empty());
                }
            }
            history.complete(migration.version(), planned.checksum(), Duration.ofNanos(System.nanoTime() - started));
        } catch (SQLException e) {
            throw historyFailure(migration, e);
        }
    }

    /**
     * Runs one statement of a migration applied with progress. When it fails, the statements before it stay
     * applied: the row turns {@code FAILED} and the message names them. When none stayed (the first statement
     * failed), the row is removed: the migration is simply pending again, to be fixed and rerun.
     */
    private void runOne(Statement statement, PlannedMigration planned, int index) throws SQLException {
        String sql = planned.statements().get(index);
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            if (index == 0) {
                history.delete(planned.version());
                throw Failures.statementFailed(planned.migration(), MigrationReport.Direction.UP, sql, e, "");
            }
            history.progress(planned.version(), HistoryState.FAILED, index, Optional.of(
                    "statement " + (index + 1) + " '" + Failures.shorten(sql) + "': " + Failures.firstLine(e)));
            throw Failures.statementFailed(planned.migration(), MigrationReport.Direction.UP, sql, e,
                    " (" + whyNotRolledBack(planned.migration()) + ": " + Failures.stayApplied(planned, index)
                            + "; undo them or finish this statement by hand, then run repair so that migrate"
                            + " resumes at statement " + (index + 1) + "; status shows it as failed)");
        }
    }

    private String whyNotRolledBack(Migration migration) {
        return migration.transactional(dialect) ? dialect.productName() + " commits each DDL statement"
                : "it is not transactional";
    }

    private void runStatements(PlannedMigration planned, MigrationReport.Direction direction) {
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < planned.statements().size(); i++) {
                String sql = planned.statements().get(i);
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw Failures.statementFailed(planned.migration(), direction, sql, e, hint(planned, i));
                }
            }
        } catch (SQLException e) {
            throw new MigrationException(planned.version(), Failures.name(planned.migration())
                    + ": cannot create a statement: " + Failures.firstLine(e), e);
        }
    }

    /** Says when statements before the failing one of a rollback stayed applied (no DDL transactions). */
    private String hint(PlannedMigration planned, int failedIndex) {
        if (failedIndex == 0) {
            return "";
        }
        return " (" + whyNotRolledBack(planned.migration()) + ": " + Failures.stayApplied(planned, failedIndex)
                + "; the migration stays recorded as applied: finish its down by hand or apply them again)";
    }

    private void inTransaction(Migration migration, Work work) {
        boolean transactional = migration.transactional(dialect);
        try {
            connection.setAutoCommit(!transactional);
            work.run();
            if (transactional) {
                connection.commit();
            }
        } catch (SQLException e) {
            rollbackQuietly(transactional);
            throw historyFailure(migration, e);
        } catch (RuntimeException e) {
            rollbackQuietly(transactional);
            throw e;
        } finally {
            resetAutoCommit();
        }
    }

    private void rollbackQuietly(boolean transactional) {
        if (!transactional) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Rollback failed: {0}", e.getMessage());
        }
    }

    private void resetAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot restore auto-commit: {0}", e.getMessage());
        }
    }

    /** A piece of JDBC work run inside {@link #inTransaction}. */
    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }
}
