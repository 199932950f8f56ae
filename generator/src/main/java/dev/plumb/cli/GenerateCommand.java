package dev.plumb.cli;

import dev.plumb.config.PlumbConfig;
import dev.plumb.gate.DriftCheck;
import dev.plumb.runtime.Migration;
import dev.plumb.scratch.ScratchDatabase;
import dev.plumb.generate.GeneratedMigration;
import dev.plumb.generate.MigrationGenerator;
import dev.plumb.reader.EntitySource;
import dev.plumb.writer.MigrationHeader;
import dev.plumb.writer.MigrationSpec;
import dev.plumb.writer.MigrationWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code plumb generate}: compares the entities with the database and writes a migration class for the difference.
 * Prints the new file's path, or {@code No changes}; {@code --dry-run} prints the SQL instead of writing.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
        description = "Writes a migration that brings the database in line with the entities.")
final class GenerateCommand extends GateCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Migration name, e.g. \"add custom domain\". Default: from the first change.")
    String name;

    @Option(names = "--dry-run", description = "Print the up and down SQL instead of writing a migration.")
    boolean dryRun;

    @Option(names = "--from-migrations", description = "Compare the entities with what the existing migrations "
            + "produce on a scratch database (see --dialect, --scratch-url) instead of the database at --url.")
    boolean fromMigrations;

    @Option(names = "--format", paramLabel = "text|markdown", defaultValue = "text",
            description = "Format of the --dry-run report; markdown suits a pull-request comment. "
                    + "Default: ${DEFAULT-VALUE}.")
    String format;

    GenerateCommand(CliContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        PlumbConfig config = config();
        EntitySource entities = config.entitySource();
        Naming naming = Naming.of(spec, Optional.ofNullable(name));
        ReportFormat reportFormat = Formats.parse(format);
        GeneratedMigration migration = fromMigrations ? fromMigrations(config, entities)
                : new MigrationGenerator().generate(config.connection(), entities);
        if (migration.isEmpty()) {
            out().println("No changes");
            return ExitCodes.OK;
        }
        migration.plan().up().forEach(change -> err().println(MigrationHeader.changeLine(change)));
        if (dryRun) {
            new ReviewReport(out(), reportFormat).print(migration);
            return ExitCodes.OK;
        }
        Path directory = MigrationWriter.packageDirectory(config.output(), config.migrationsPackage());
        MigrationSpec migrationSpec = naming.spec(migration.plan().up(), context().clock().instant(), directory,
                Map.of(migration.dialect(), migration.up()), Map.of(migration.dialect(), migration.down()));
        out().println(new MigrationWriter().write(migrationSpec, config.output(), config.migrationsPackage()));
        return ExitCodes.OK;
    }

    /** The migration against what the existing migrations build on a scratch database of the chosen dialect. */
    private GeneratedMigration fromMigrations(PlumbConfig config, EntitySource entities) {
        List<Migration> migrations = migrations(config);
        try (ScratchDatabase scratch = scratch(scratchOptions.dialect(config))) {
            return new DriftCheck().generateFromMigrations(migrations, entities, scratch.settings());
        }
    }
}
