package dev.plumb.runtime;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies, rolls back and reports migrations on one database.
 *
 * <p>Each call opens its own connection from the data source and detects the dialect from the JDBC product name.
 * {@code migrate} and {@code rollback} first take the {@linkplain MigrationLock migration lock} on a second,
 * dedicated connection, then read the history (one query), so a migration another process applied while this one
 * waited is seen and not applied twice. {@code pending} and {@code status} only read and take no lock; they do not
 * even create the history table. A {@code Migrator} holds no connection between calls and is safe to share; a
 * pooled data source must be able to lend two connections at once (migrations + lock).
 *
 * <p>Before applying anything, {@code migrate} (and {@code pending} and {@link #validate()}) check the history
 * against the code (see {@code HistoryValidator}) and refuse with a {@link ValidationException}: an edited or
 * missing applied migration, duplicate versions, a partially applied migration ({@link #repair()} resolves it) or,
 * unless {@link Builder#outOfOrder(boolean)}, a pending migration older than the newest applied one. How a failure is contained depends on the database: see
 * {@link MigrationException} and the transactions described on {@code MigrationExecutor}: on PostgreSQL a failed
 * migration leaves nothing behind; H2, MariaDB and MySQL commit DDL implicitly, so there every migration is applied
 * statement by statement with its progress in the history: the statements before a failing one stay applied, are named in the
 * message and recorded ({@code failed} in {@link #status()}), and {@link #repair()} lets {@code migrate} resume.
 */
public final class Migrator {

    private static final System.Logger LOG = System.getLogger(Migrator.class.getName());

    private final DataSource dataSource;
    private final MigrationCatalog catalog;
    private final TableName table;
    private final Duration lockTimeout;
    private final String installedBy;
    private final boolean outOfOrder;

    private final boolean force;
    private final Consumer<String> lockWaitListener;

    private Migrator(Builder builder) {
        this.dataSource = builder.dataSource;
        this.catalog = new MigrationCatalog(builder.migrations);
        this.table = builder.historyTable;
        this.lockTimeout = builder.lockTimeout;
        this.installedBy = builder.installedBy;
        this.outOfOrder = builder.outOfOrder;
        this.force = builder.force;
        this.lockWaitListener = builder.lockWaitListener;
    }

    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** Applies every pending migration in version order. */
    public MigrationReport migrate() {
        return migrateUpTo(Optional.empty());
    }

    /** Applies pending migrations up to and including {@code targetVersion}, which must be a migration in the code. */
    public MigrationReport migrate(String targetVersion) {
        return migrateUpTo(Optional.of(requireInCode(targetVersion)));
    }

    /** The migrations {@code migrate} would apply, with their SQL for the connection's dialect; changes nothing. */
    public List<PendingMigration> pending(Optional<String> targetVersion) {
        targetVersion.ifPresent(this::requireInCode);
        return withConnection("list pending migrations", connection -> {
            Dialect dialect = Dialects.of(connection);
            List<AppliedMigration> applied = new HistoryRepository(connection, table).readIfExists().orElse(List.of());
            return plan(applied, dialect, targetVersion).stream().map(PlannedMigration::toPending).toList();
        });
    }

    /**
     * Undoes the last {@code steps} applied migrations, newest first; with nothing applied, nothing (an empty
     * report). More steps than are applied is a {@link ValidationException}, before anything is undone.
     *
     * @throws IrreversibleMigrationException before undoing anything, when one of them is irreversible and the
     *                                        migrator is not built with {@link Builder#force(boolean)}
     */
    public MigrationReport rollback(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1: " + steps);
        }
        return rollbackWhere(applied -> {
            if (applied.isEmpty()) {
                return List.of();
            }
            if (steps > applied.size()) {
                throw new ValidationException(null, "Cannot roll back " + steps
                        + (steps == 1 ? " migration" : " migrations") + ": only " + applied.size()
                        + (applied.size() == 1 ? " is" : " are") + " applied (newest "
                        + applied.get(applied.size() - 1).version() + "); nothing was rolled back, ask for at most "
                        + applied.size());
            }
            return applied.subList(applied.size() - steps, applied.size());
        });
    }

    /** Undoes every applied migration whose version is greater than {@code version}, newest first. */
    public MigrationReport rollbackTo(String version) {
        return rollbackWhere(applied -> {
            boolean known = catalog.find(version).isPresent()
                    || applied.stream().anyMatch(row -> row.version().equals(version));
            if (!known) {
                throw new ValidationException(version, "Cannot roll back to version " + version
                        + ": no such migration in the code or the history; nothing was rolled back");
            }
            return applied.stream()
                    .filter(row -> VersionComparator.INSTANCE.compare(row.version(), version) > 0)
                    .toList();
        });
    }

    /** Every migration known to the code or the history, in version order, with its state. */
    public List<MigrationStatus> status() {
        return withConnection("read the migration status", connection -> {
            Dialect dialect = Dialects.of(connection);
            List<AppliedMigration> applied = new HistoryRepository(connection, table).readIfExists().orElse(List.of());
            return StatusReport.of(catalog, applied, dialect);
        });
    }

    /**
     * Checks the history against the code as {@code migrate} does, without the lock and without changing anything;
     * throws {@link ValidationException} naming the first problem, otherwise returns the status lines.
     */
    public List<MigrationStatus> validate() {
        return withConnection("validate the migrations", connection -> {
            Dialect dialect = Dialects.of(connection);
            List<AppliedMigration> applied = new HistoryRepository(connection, table).readIfExists().orElse(List.of());
            plan(applied, dialect, Optional.empty());
            return StatusReport.of(catalog, applied, dialect);
        });
    }

    /**
     * Resolves partially applied non-transactional migrations, under the lock: a row with no statement done is
     * removed (the migration is simply pending again); any other is marked to resume, so that the next
     * {@code migrate} runs it from the first statement not done. Fix by hand first whatever the failed or
     * interrupted statement left behind (for example an invalid index of an interrupted
     * {@code create index concurrently}). Returns the versions repaired; empty when there was nothing to do.
     */
    public List<String> repair() {
        return withConnection("repair the history", connection -> {
            Dialect dialect = Dialects.of(connection);
            try (MigrationLock lock = lock(dialect)) {
                HistoryRepository history = new HistoryRepository(connection, table);
                List<String> repaired = new ArrayList<>();
                for (AppliedMigration row : history.readIfExists().orElse(List.of())) {
                    if (row.state() == HistoryState.PARTIAL || row.state() == HistoryState.FAILED) {
                        if (row.statementsDone() == 0) {
                            history.delete(row.version());
                        } else {
                            history.progress(row.version(), HistoryState.RESUME, row.statementsDone(),
                                    row.failure());
                        }
                        LOG.log(System.Logger.Level.INFO, "Repaired migration {0}: {1} statements done",
                                row.version(), row.statementsDone());
                        repaired.add(row.version());
                    }
                }
                return repaired;
            }
        });
    }

    /**
     * Adopts a database created by other means (for example by Hibernate's schema export) at {@code version}: records
     * a baseline row, so that {@code migrate} applies only migrations newer than it. Refused with a
     * {@link ValidationException} when the history already has entries or the version is blank or too long.
     */
    public void baseline(String version, String description) {
        if (version == null || version.isBlank() || version.length() > MigrationCatalog.MAX_VERSION_LENGTH) {
            throw new ValidationException(version, "Invalid baseline version '" + version + "': it must be 1 to "
                    + MigrationCatalog.MAX_VERSION_LENGTH + " characters; nothing was recorded");
        }
        withConnection("baseline", connection -> {
            Dialect dialect = Dialects.of(connection);
            try (MigrationLock lock = lock(dialect)) {
                HistoryRepository history = new HistoryRepository(connection, table);
                List<AppliedMigration> rows = history.readOrCreate();
                if (!rows.isEmpty()) {
                    throw new ValidationException(version, "Cannot baseline at " + version + ": the history "
                            + table + " already has " + rows.size() + " entries (newest "
                            + rows.get(rows.size() - 1).version() + "); baseline adopts only a database without"
                            + " history");
                }
                history.insert(new AppliedMigration(version, description, "", java.time.Instant.now(),
                        installedBy, Duration.ZERO, HistoryState.BASELINE, 0, Optional.empty()));
                LOG.log(System.Logger.Level.INFO, "Baselined the database at {0}", version);
                return null;
            }
        });
    }

    private MigrationReport migrateUpTo(Optional<String> target) {
        return withConnection("migrate", connection -> {
            Dialect dialect = Dialects.of(connection);
            try (MigrationLock lock = lock(dialect)) {
                HistoryRepository history = new HistoryRepository(connection, table);
                List<PlannedMigration> todo = plan(history.readOrCreate(), dialect, target);
                if (todo.isEmpty()) {
                    LOG.log(System.Logger.Level.DEBUG, "Database is up to date");
                }
                MigrationExecutor executor = new MigrationExecutor(connection, dialect, history, installedBy);
                return new MigrationReport(dialect, todo.stream().map(executor::apply).toList());
            }
        });
    }

    /**
     * Validates the history against the code and returns what to apply, with every statement resolved before
     * anything runs (so a migration lacking SQL for this dialect is refused before its predecessors are applied).
     */
    private List<PlannedMigration> plan(List<AppliedMigration> applied, Dialect dialect, Optional<String> target) {
        return new HistoryValidator(catalog, dialect, outOfOrder).plan(applied, target);
    }

    private MigrationReport rollbackWhere(Function<List<AppliedMigration>, List<AppliedMigration>> selector) {
        return withConnection("roll back", connection -> {
            Dialect dialect = Dialects.of(connection);
            try (MigrationLock lock = lock(dialect)) {
                HistoryRepository history = new HistoryRepository(connection, table);
                List<AppliedMigration> selected = new ArrayList<>(selector.apply(history.readIfExists().orElse(List.of())));
                Collections.reverse(selected);
                List<PlannedMigration> todo = selected.stream().map(row -> downOf(row, dialect)).toList();
                MigrationExecutor executor = new MigrationExecutor(connection, dialect, history, installedBy);
                return new MigrationReport(dialect, todo.stream().map(executor::undo).toList());
            }
        });
    }

    private PlannedMigration downOf(AppliedMigration row, Dialect dialect) {
        if (row.state() != HistoryState.APPLIED) {
            throw new ValidationException(row.version(), "Cannot roll back migration " + row.version() + " ("
                    + row.description() + "): it is " + row.state().name().toLowerCase(java.util.Locale.ROOT)
                    + ", not applied; roll back only to a version at or after it"
                    + (row.state() == HistoryState.BASELINE ? "" : ", or run repair and migrate first"));
        }
        Migration migration = catalog.find(row.version()).orElseThrow(() -> new MigrationException(row.version(),
                "Cannot roll back migration " + row.version() + " (" + row.description() + "): it is applied but"
                        + " missing from the code, so its down SQL is unknown; restore its class first", null));
        if (!migration.reversible() && !force) {
            throw new IrreversibleMigrationException(row.version(), "Cannot roll back migration " + row.version()
                    + " (" + row.description() + "): it is marked irreversible, its down cannot restore the values"
                    + " its up changed; nothing was rolled back. Force it (--force) only after a backup");
        }
        return MigrationCatalog.down(migration, dialect);
    }

    private MigrationLock lock(Dialect dialect) {
        return MigrationLock.acquire(dataSource, dialect, table, lockTimeout, lockWaitListener);
    }

    private String requireInCode(String version) {
        if (catalog.find(version).isEmpty()) {
            throw new ValidationException(version, "Unknown target version " + version
                    + ": no migration in the code has it; nothing was applied");
        }
        return version;
    }

    /**
     * Runs work on a fresh connection in auto-commit mode (a pool may hand out connections without it), restoring
     * the connection's mode before it goes back.
     */
    private <T> T withConnection(String action, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try {
                return work.run(connection);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new MigrationException(null, "Cannot " + action + ": " + Failures.firstLine(e), e);
        }
    }

    /** JDBC work on the migration connection. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Configures a {@link Migrator}. */
    public static final class Builder {
        private final DataSource dataSource;
        private List<Migration> migrations = List.of();
        private TableName historyTable = TableName.parse(HistoryTable.DEFAULT_NAME);
        private Duration lockTimeout = Duration.ofSeconds(60);
        private String installedBy = Objects.requireNonNullElse(System.getProperty("user.name"), "unknown");
        private boolean outOfOrder;
        private boolean force;
        private Consumer<String> lockWaitListener = message -> LOG.log(System.Logger.Level.INFO, message);

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /** The migrations of the code, in any order; replaces earlier calls. */
        public Builder migrations(Collection<? extends Migration> migrations) {
            this.migrations = List.copyOf(migrations);
            return this;
        }

        /**
         * Default {@value HistoryTable#DEFAULT_NAME}. A plain identifier, optionally schema-qualified
         * ({@code app.plumb_schema_history}); it is written unquoted, so the database folds its case.
         */
        public Builder historyTable(String name) {
            this.historyTable = TableName.parse(name);
            return this;
        }

        /** How long {@code migrate} and {@code rollback} wait for another process to finish; default 60 s. */
        public Builder lockTimeout(Duration timeout) {
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("lock timeout must not be negative: " + timeout);
            }
            this.lockTimeout = timeout;
            return this;
        }

        /**
         * Hears, while another process holds the migration lock, one line at once and then one every 5 s naming
         * the holder and since when ({@code Waiting for the migration lock of plumb_schema_history, held by ...});
         * default: logged at INFO. The CLI prints it.
         */
        public Builder lockWaitListener(Consumer<String> listener) {
            this.lockWaitListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Recorded in the history as who applied a migration; default the OS user name. */
        public Builder installedBy(String user) {
            this.installedBy = Objects.requireNonNull(user, "user");
            return this;
        }

        /**
         * Whether a pending migration older than the newest applied one is applied (true) or refused (false, the
         * default: usually a branch merged late, whose order against the applied ones was never tested).
         */
        public Builder outOfOrder(boolean allowed) {
            this.outOfOrder = allowed;
            return this;
        }

        /**
         * Whether {@code rollback} undoes a migration marked irreversible ({@link Migration#reversible()} false):
         * refused by default, since its down restores the structure but not the values.
         */
        public Builder force(boolean allowed) {
            this.force = allowed;
            return this;
        }

        /** Builds the migrator; refuses duplicate or invalid versions with a {@link MigrationException}. */
        public Migrator build() {
            return new Migrator(this);
        }
    }
}
