package dev.plumb.cli;

import dev.plumb.config.PlumbConfig;
import dev.plumb.runtime.Migrator;
import dev.plumb.runtime.PendingMigration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Optional;

/** {@code plumb migrate}: applies the pending migrations, or with {@code --dry-run} prints their SQL. */
@Command(name = "migrate", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
        description = "Applies pending migrations in version order.")
final class MigrateCommand extends RuntimeCommand {

    @Option(names = "--target", paramLabel = "VERSION", description = "Stop after this version.")
    String target;

    @Option(names = "--dry-run", description = "Print the SQL that would run; change nothing.")
    boolean dryRun;

    @Option(names = "--out-of-order",
            description = "Also apply pending migrations older than the newest applied one (refused by default).")
    boolean outOfOrder;

    @Mixin
    StepOptions stepOptions = new StepOptions();

    MigrateCommand(CliContext context) {
        super(context);
    }

    @Override
    protected int execute() throws Exception {
        PlumbConfig config = config();
        Migrator migrator = stepOptions.applyTo(migratorBuilder(config)).outOfOrder(outOfOrder).build();
        if (dryRun) {
            printPending(migrator.pending(Optional.ofNullable(target)));
            return ExitCodes.OK;
        }
        print(target == null ? migrator.migrate() : migrator.migrate(target), "No pending migrations");
        return ExitCodes.OK;
    }

    private void printPending(List<PendingMigration> pending) {
        if (pending.isEmpty()) {
            out().println("No pending migrations");
        }
        for (PendingMigration migration : pending) {
            out().println("-- " + migration.version() + " " + migration.description());
            migration.statements().forEach(statement -> out().println(statement + ";"));
            out().println();
        }
    }
}
