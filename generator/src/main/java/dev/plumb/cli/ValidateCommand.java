package dev.plumb.cli;

import dev.plumb.runtime.MigrationStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/**
 * {@code plumb validate}: the checks {@code migrate} makes before applying anything, without applying anything
 * and without the lock. Exit 7 names the first problem; 0 prints a one-line summary.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
        description = "Checks the history against the migrations: edited (checksum), missing, duplicate,"
                + " out-of-order or partially applied migrations. Changes nothing.")
final class ValidateCommand extends RuntimeCommand {

    @Option(names = "--out-of-order",
            description = "Accept pending migrations older than the newest applied one.")
    boolean outOfOrder;

    ValidateCommand(CliContext context) {
        super(context);
    }

    @Override
    protected int execute() throws Exception {
        List<MigrationStatus> statuses = migrator(config(), outOfOrder).validate();
        long pending = statuses.stream().filter(s -> s.state() == MigrationStatus.State.PENDING
                || s.state() == MigrationStatus.State.REPAIRED).count();
        out().println("Valid: " + (statuses.size() - pending) + " applied, " + pending + " pending");
        return ExitCodes.OK;
    }
}
