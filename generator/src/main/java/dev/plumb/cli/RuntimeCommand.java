package dev.plumb.cli;

import dev.plumb.compile.MigrationLoader;
import dev.plumb.config.ConnectionSettings;
import dev.plumb.config.PlumbConfig;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.MigrationReport;
import dev.plumb.runtime.Migrator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A command that runs the runtime's {@link Migrator}: loads the migrations, makes sure the database answers (so an
 * unreachable database is reported as such, not as a failed migration) and builds the migrator.
 */
abstract class RuntimeCommand extends PlumbCommand {

    RuntimeCommand(CliContext context) {
        super(context);
    }

    protected Migrator migrator(PlumbConfig config) throws SQLException {
        return migrator(config, false);
    }

    /** The migrator; {@code outOfOrder} allows pending migrations older than the newest applied one. */
    protected Migrator migrator(PlumbConfig config, boolean outOfOrder) throws SQLException {
        return migratorBuilder(config).outOfOrder(outOfOrder).build();
    }

    /** The migrator's builder with the configured migrations and connection, for commands that set more. */
    protected Migrator.Builder migratorBuilder(PlumbConfig config) throws SQLException {
        String packageName = config.migrationsPackage();
        List<Migration> migrations = new MigrationLoader()
                .load(config.migrations(), packageName.isEmpty() ? Optional.empty() : Optional.of(packageName));
        return historyMigratorBuilder(config).migrations(migrations);
    }

    /**
     * The builder without migrations, for work on the history alone ({@code baseline}, which a project may run before
     * it has a migrations directory); fails first when the database does not answer.
     */
    protected Migrator.Builder historyMigratorBuilder(PlumbConfig config) throws SQLException {
        ConnectionSettings connection = config.connection();
        try (Connection probe = connection.connect()) {
            probe.getMetaData();
        }
        return Migrator.builder(connection.dataSource()).lockTimeout(config.lockTimeout())
                .lockWaitListener(this::reportWait).noticeListener(this::reportWait);
    }

    /** One line per migration applied or undone, with its duration; {@code nothing} when the report is empty. */
    protected void print(MigrationReport report, String nothing) {
        if (report.steps().isEmpty()) {
            out().println(nothing);
        }
        for (MigrationReport.Step step : report.steps()) {
            String verb = step.direction() == MigrationReport.Direction.UP ? "Applied" : "Rolled back";
            out().println(verb + " " + step.version() + " " + step.description() + " ("
                    + Durations.format(step.duration()) + ")");
        }
    }
}
