package dev.plumb.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Applies and undoes a migration in its {@linkplain ScriptStep steps} where DDL is transactional (PostgreSQL).
 *
 * <p>Each transactional step runs in one transaction together with its history change, so a crash never leaves a
 * step half-recorded: the first step inserts the row ({@code PARTIAL}, or {@code APPLIED} when it is also the last,
 * which makes a migration of one transactional step exactly one transaction with its history row), later ones
 * update its count of statements done, and the last one marks it applied. A step outside a transaction (a
 * concurrent index build) runs in auto-commit and is recorded right after; a row exists before it starts, so a
 * crash during it leaves a visible {@code PARTIAL} row. The count of statements done always ends on a step
 * boundary, so {@code repair} + {@code migrate} resume at the first step not done, and the history table needs no
 * column of its own for steps (H2 and MariaDB count statements in the same column).
 *
 * <p>A statement of a transactional step that waits for a lock longer than the {@linkplain DdlGuard guard} allows
 * rolls its step back; the step is tried again after a pause, at most {@link ExecutionContext#retries()} times, and
 * then the migration fails naming the statement and the sessions it waited for.
 */
final class StepExecutor {

    private static final System.Logger LOG = System.getLogger(StepExecutor.class.getName());

    private final ExecutionContext context;
    private final Connection connection;
    private final HistoryRepository history;

    StepExecutor(ExecutionContext context) {
        this.context = context;
        this.connection = context.connection();
        this.history = context.history();
    }

    /** Applies the steps not done yet and records each. */
    void apply(PlannedMigration planned, Instant start, long started) throws SQLException {
        boolean recorded = planned.resumeFrom() > 0;
        if (recorded) {
            history.progress(planned.version(), HistoryState.PARTIAL, planned.resumeFrom(), Optional.empty());
        }
        int total = planned.statements().size();
        List<PlannedMigration.Positioned> steps = planned.remainingSteps();
        if (steps.isEmpty()) {
            record(planned, total, recorded, start, started);
        }
        for (PlannedMigration.Positioned step : steps) {
            int done = step.end();
            boolean rowExists = recorded;
            if (step.step().transactional()) {
                inTransaction(planned, step, () -> {
                    run(step);
                    record(planned, done, rowExists, start, started);
                }, failure -> failedUp(planned, step, failure, rowExists));
            } else {
                if (!rowExists) {
                    history.insert(new AppliedMigration(planned.version(), planned.migration().description(),
                            planned.checksum(), start, context.installedBy(), Duration.ZERO, HistoryState.PARTIAL,
                            step.first(), Optional.empty()));
                }
                outside(step, failure -> failedUp(planned, step, failure, true));
                record(planned, done, true, start, started);
            }
            recorded = true;
        }
    }

    /** Runs the down's steps; the history row goes with the last one, so a failure leaves the migration applied. */
    void undo(PlannedMigration planned) throws SQLException {
        int total = planned.statements().size();
        List<PlannedMigration.Positioned> steps = planned.remainingSteps();
        if (steps.isEmpty()) {
            history.delete(planned.version());
        }
        for (PlannedMigration.Positioned step : steps) {
            boolean last = step.end() == total;
            if (step.step().transactional()) {
                inTransaction(planned, step, () -> {
                    run(step);
                    if (last) {
                        history.delete(planned.version());
                    }
                }, failure -> failedDown(planned, step, failure));
            } else {
                outside(step, failure -> failedDown(planned, step, failure));
                if (last) {
                    history.delete(planned.version());
                }
            }
        }
    }

    /** The history change after a step: progress, or applied after the last one. */
    private void record(PlannedMigration planned, int done, boolean rowExists, Instant start, long started)
            throws SQLException {
        Migration migration = planned.migration();
        boolean last = done == planned.statements().size();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        if (last && rowExists) {
            history.complete(migration.version(), planned.checksum(), elapsed);
        } else if (last) {
            history.insert(AppliedMigration.completed(migration.version(), migration.description(),
                    planned.checksum(), start, context.installedBy(), elapsed));
        } else if (rowExists) {
            history.progress(migration.version(), HistoryState.PARTIAL, done, Optional.empty());
        } else {
            history.insert(new AppliedMigration(migration.version(), migration.description(), planned.checksum(),
                    start, context.installedBy(), Duration.ZERO, HistoryState.PARTIAL, done, Optional.empty()));
        }
    }

    /**
     * Runs a transactional step, and its history change, in one transaction under the guard; a lock timeout rolls
     * it back and tries again after a pause, up to the configured retries.
     */
    private void inTransaction(PlannedMigration planned, PlannedMigration.Positioned step, Work work, Failed failed)
            throws SQLException {
        Optional<String> seen = Optional.empty();
        for (int attempt = 1; ; attempt++) {
            connection.setAutoCommit(false);
            try {
                context.guard().beginTransactionalStep(connection);
                work.run();
                connection.commit();
                return;
            } catch (StatementFailure failure) {
                rollbackQuietly();
                connection.setAutoCommit(true);
                // an attempt may end before the watch looks: name the blockers an earlier attempt saw
                seen = failure.blockers.isPresent() ? failure.blockers : seen;
                if (!context.guard().lockTimedOut(failure.error) || attempt > context.retries()) {
                    throw failed.of(failure.after(attempt, seen));
                }
                Duration pause = StepSettings.backoff(attempt);
                context.notices().accept(Failures.name(planned.migration()) + ": step " + step.number()
                        + " gave up waiting for a lock in '" + Failures.shorten(failure.sql) + "'"
                        + seen.map(b -> ", held by " + b).orElse("") + "; rolled back, retry " + attempt
                        + " of " + context.retries() + " in " + pause.toMillis() + " ms");
                pause(pause);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private void run(PlannedMigration.Positioned step) throws SQLException, StatementFailure {
        try (Statement statement = connection.createStatement()) {
            for (String sql : step.step().statements()) {
                DdlGuard.Watch watch = context.guard().watch();
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new StatementFailure(sql, e, watch.blockers(), 1);
                } finally {
                    watch.close();
                }
            }
        }
    }

    /** Runs the one statement of a step outside a transaction, in auto-commit, under the guard. */
    private void outside(PlannedMigration.Positioned step, Failed failed) throws SQLException {
        String sql = step.step().statements().get(0);
        context.guard().beforeOutsideStatement(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            restoreQuietly();
            throw failed.of(new StatementFailure(sql, e, Optional.empty(), 1));
        }
        context.guard().afterOutsideStatement(connection);
    }

    /**
     * A step of the up failed: when steps before it stay applied, or it ran outside a transaction (an interrupted
     * concurrent build leaves an invalid index), the row turns {@code FAILED} and {@code repair} takes it from there.
     */
    private MigrationException failedUp(PlannedMigration planned, PlannedMigration.Positioned step,
                                        StatementFailure failure, boolean recorded) throws SQLException {
        String hint = "";
        if (recorded) {
            history.progress(planned.version(), HistoryState.FAILED, step.first(), Optional.of("step "
                    + step.number() + " '" + Failures.shorten(failure.sql) + "': " + Failures.firstLine(failure.error)));
            hint = " (" + (step.number() == 1 ? "nothing stays applied" : Failures.stepsStayApplied(step.number()))
                    + "; fix the cause, run repair" + (step.step().transactional() ? ""
                    : " (it drops what the interrupted statement left, such as an invalid index)")
                    + ", then migrate resumes at step " + step.number() + ")";
        }
        return failure(planned, failure, MigrationReport.Direction.UP, hint);
    }

    private MigrationException failedDown(PlannedMigration planned, PlannedMigration.Positioned step,
                                          StatementFailure failure) {
        String hint = step.number() == 1 ? "" : " (" + Failures.stepsStayApplied(step.number()) + " of its down;"
                + " the migration stays recorded as applied: finish its down by hand, or apply them again)";
        return failure(planned, failure, MigrationReport.Direction.DOWN, hint);
    }

    private MigrationException failure(PlannedMigration planned, StatementFailure failure,
                                       MigrationReport.Direction direction, String hint) {
        if (context.guard().lockTimedOut(failure.error)) {
            return Failures.gaveUpWaiting(planned.migration(), failure.sql, failure.attempts, failure.blockers,
                    failure.error, hint);
        }
        return Failures.statementFailed(planned.migration(), direction, failure.sql, failure.error, hint);
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Rollback failed: {0}", e.getMessage());
        }
    }

    private void restoreQuietly() {
        try {
            context.guard().afterOutsideStatement(connection);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot restore the session settings: {0}", e.getMessage());
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(null, "Interrupted while waiting to retry a migration step", e);
        }
    }

    /** The statements of a step and their history change. */
    @FunctionalInterface
    private interface Work {
        void run() throws SQLException, StatementFailure;
    }

    /** Records a failed step as the direction needs and says what happened. */
    @FunctionalInterface
    private interface Failed {
        MigrationException of(StatementFailure failure) throws SQLException;
    }

    /** A statement of a step failed: which, why, whom it waited for, after how many attempts. */
    private static final class StatementFailure extends Exception {
        private final String sql;
        private final SQLException error;
        private final Optional<String> blockers;
        private final int attempts;

        StatementFailure(String sql, SQLException cause, Optional<String> blockers, int attempts) {
            super(cause);
            this.sql = sql;
            this.error = cause;
            this.blockers = blockers;
            this.attempts = attempts;
        }

        StatementFailure after(int attempt, Optional<String> seen) {
            return new StatementFailure(sql, error, blockers.isPresent() ? blockers : seen, attempt);
        }
    }
}
