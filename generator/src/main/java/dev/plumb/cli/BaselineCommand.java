package dev.plumb.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code plumb baseline --version V}: adopts a database created by other means (for example Hibernate's schema
 * export) at version V, so that {@code migrate} applies only migrations newer than V.
 */
@Command(name = "baseline", footer = ExitCodes.FOOTER,
        description = "Adopts an existing database at a version: migrate then applies only later migrations."
                + " Refused (exit 7) when the history already has entries.")
final class BaselineCommand extends RuntimeCommand {

    /** No standard help mixin: its {@code --version} would clash with the baseline version. */
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--version", paramLabel = "VERSION", required = true,
            description = "The version the database already has; migrations up to it count as applied.")
    String version;

    @Option(names = "--description", paramLabel = "TEXT", defaultValue = "Baseline",
            description = "Recorded in the history; default: ${DEFAULT-VALUE}.")
    String description;

    BaselineCommand(CliContext context) {
        super(context);
    }

    @Override
    protected int execute() throws Exception {
        migrator(config()).baseline(version, description);
        out().println("Baselined at " + version);
        return ExitCodes.OK;
    }
}
