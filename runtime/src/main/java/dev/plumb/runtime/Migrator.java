package dev.plumb.runtime;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Applies, rolls back and reports migrations on one database. STUB: the runtime helper implements it.
 */
public final class Migrator {

    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** Applies every pending migration in version order. */
    public MigrationReport migrate() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Applies pending migrations up to and including {@code targetVersion}. */
    public MigrationReport migrate(String targetVersion) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The migrations {@code migrate} would apply, with their SQL for the connection's dialect; changes nothing. */
    public List<PendingMigration> pending(Optional<String> targetVersion) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Undoes the last {@code steps} applied migrations, newest first. */
    public MigrationReport rollback(int steps) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Undoes every applied migration whose version is greater than {@code version}, newest first. */
    public MigrationReport rollbackTo(String version) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Every migration known to the code or the history, in version order, with its state. */
    public List<MigrationStatus> status() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Configures a {@link Migrator}. */
    public static final class Builder {
        private final DataSource dataSource;

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        public Builder migrations(Collection<? extends Migration> migrations) {
            return this;
        }

        /** Default {@value HistoryTable#DEFAULT_NAME}. */
        public Builder historyTable(String name) {
            return this;
        }

        public Builder lockTimeout(Duration timeout) {
            return this;
        }

        /** Recorded in the history as who applied a migration; default the OS user name. */
        public Builder installedBy(String user) {
            return this;
        }

        public Migrator build() {
            return new Migrator();
        }
    }
}
