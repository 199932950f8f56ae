package dev.plumb.runtime;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * <p>Before applying anything, {@code migrate} (and {@code pending}) validate the history: an applied migration
 * whose SQL for this dialect no longer matches its recorded checksum is refused; one missing from the code is only
 * logged (and shown by {@link #status()}). Every pending migration up to the target is applied in version order,
 * including one older than the newest applied migration. How a failure is contained depends on the database: see
 * {@link MigrationException} and the transactions described on {@code MigrationExecutor}: on PostgreSQL a failed
 * migration leaves nothing behind; H2 commits DDL implicitly, so earlier DDL statements of the failed migration
 * stay, but it is never recorded as applied.
 */
public final class Migrator {

    private static final System.Logger LOG = System.getLogger(Migrator.class.getName());

    private final DataSource dataSource;
    private final MigrationCatalog catalog;
    private final TableName table;
    private final Duration lockTimeout;
    private final String installedBy;

    private Migrator(Builder builder) {
        this.dataSource = builder.dataSource;
        this.catalog = new MigrationCatalog(builder.migrations);
        this.table = builder.historyTable;
        this.lockTimeout = builder.lockTimeout;
        this.installedBy = builder.installedBy;
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

    /** Undoes the last {@code steps} applied migrations, newest first. */
    public MigrationReport rollback(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1: " + steps);
        }
        return rollbackWhere(applied -> {
            if (steps > applied.size()) {
                throw new MigrationException("Cannot roll back " + steps + " migrations: only " + applied.size()
                        + " are applied");
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
                throw new MigrationException(version, "Cannot roll back to version " + version
                        + ": no such migration in the code or the history", null);
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

    private MigrationReport migrateUpTo(Optional<String> target) {
        return withConnection("migrate", connection -> {
            Dialect dialect = Dialects.of(connection);
            try (MigrationLock lock = MigrationLock.acquire(dataSource, dialect, table, lockTimeout)) {
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
        Set<String> appliedVersions = new HashSet<>();
        for (AppliedMigration row : applied) {
            appliedVersions.add(row.version());
            Optional<Migration> migration = catalog.find(row.version());
            if (migration.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "Migration {0} ({1}) is applied but missing from the code",
                        row.version(), row.description());
            } else if (!MigrationCatalog.checksum(migration.get(), dialect).equals(row.checksum())) {
                throw checksumMismatch(migration.get(), dialect);
            }
        }
        return catalog.all().stream()
                .filter(m -> !appliedVersions.contains(m.version()))
                .filter(m -> target.isEmpty() || VersionComparator.INSTANCE.compare(m.version(), target.get()) <= 0)
                .map(m -> MigrationCatalog.up(m, dialect))
                .toList();
    }

    private static MigrationException checksumMismatch(Migration migration, Dialect dialect) {
        return new MigrationException(migration.version(), Failures.name(migration) + " has changed since it was"
                + " applied (its " + dialect.productName() + " SQL no longer matches the checksum in the history):"
                + " restore the migration as it was applied, or roll it back with the old code and apply it again",
                null);
    }

    private MigrationReport rollbackWhere(Function<List<AppliedMigration>, List<AppliedMigration>> selector) {
        return withConnection("roll back", connection -> {
            Dialect dialect = Dialects.of(connection);
            try (MigrationLock lock = MigrationLock.acquire(dataSource, dialect, table, lockTimeout)) {
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
        Migration migration = catalog.find(row.version()).orElseThrow(() -> new MigrationException(row.version(),
                "Cannot roll back migration " + row.version() + " (" + row.description() + "): it is applied but"
                        + " missing from the code, so its down SQL is unknown; restore its class first", null));
        return MigrationCatalog.down(migration, dialect);
    }

    private String requireInCode(String version) {
        if (catalog.find(version).isEmpty()) {
            throw new MigrationException(version, "Unknown target version " + version
                    + ": no migration in the code has it", null);
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

        /** Recorded in the history as who applied a migration; default the OS user name. */
        public Builder installedBy(String user) {
            this.installedBy = Objects.requireNonNull(user, "user");
            return this;
        }

        /** Builds the migrator; refuses duplicate or invalid versions with a {@link MigrationException}. */
        public Migrator build() {
            return new Migrator(this);
        }
    }
}
