package dev.plumb.cli;

import dev.plumb.config.PlumbConfig;
import dev.plumb.runtime.Migrator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code plumb rollback}: undoes the last applied migration, the last N, or everything after a version. */
@Command(name = "rollback", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
        description = "Undoes applied migrations, newest first (default: the last one).")
final class RollbackCommand extends RuntimeCommand {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Extent extent;

    /** How far to roll back: a number of migrations or down to a version, never both. */
    static final class Extent {
        @Option(names = "--steps", paramLabel = "N", description = "Undo the last N applied migrations.")
        Integer steps;

        @Option(names = "--to", paramLabel = "VERSION",
                description = "Undo every applied migration newer than VERSION (VERSION itself stays applied).")
        String toVersion;
    }

    @Mixin
    StepOptions stepOptions = new StepOptions();

    @Option(names = "--force", description = "Also undo migrations marked irreversible (their down restores the "
            + "structure, not the values their up changed). Without it such a rollback is refused with exit 4.")
    boolean force;

    RollbackCommand(CliContext context) {
        super(context);
    }

    @Override
    protected int execute() throws Exception {
        if (extent != null && extent.steps != null && extent.steps < 1) {
            throw new ParameterException(spec.commandLine(), "--steps must be at least 1, not " + extent.steps);
        }
        PlumbConfig config = config();
        Migrator migrator = stepOptions.applyTo(migratorBuilder(config)).force(force).build();
        if (extent != null && extent.toVersion != null) {
            print(migrator.rollbackTo(extent.toVersion), "Nothing to roll back");
        } else {
            print(migrator.rollback(extent == null ? 1 : extent.steps), "Nothing to roll back");
        }
        return ExitCodes.OK;
    }
}
