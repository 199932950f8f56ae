package dev.plumb.cli;

import dev.plumb.config.PlumbConfig;
import dev.plumb.writer.MigrationSpec;
import dev.plumb.writer.MigrationWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code plumb new}: writes an empty migration for hand-written SQL (data fixes, views) and prints its path. */
@Command(name = "new", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
        description = "Writes an empty migration to fill in by hand.")
final class NewCommand extends PlumbCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "Migration name, e.g. \"backfill customer email\".")
    String name;

    NewCommand(CliContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        PlumbConfig config = config();
        Naming naming = Naming.of(spec, Optional.of(name));
        Path directory = MigrationWriter.packageDirectory(config.output(), config.migrationsPackage());
        MigrationSpec migration = naming.spec(List.of(), context().clock().instant(), directory, Map.of(), Map.of(),
                List.of());
        out().println(new MigrationWriter().write(migration, config.output(), config.migrationsPackage()));
        return ExitCodes.OK;
    }
}
