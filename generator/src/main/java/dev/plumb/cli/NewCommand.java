package dev.plumb.cli;

import dev.plumb.config.DatabaseUnavailableException;
import dev.plumb.config.PlumbConfig;
import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.MigrationException;
import dev.plumb.writer.MigrationSpec;
import dev.plumb.writer.MigrationWriter;
import dev.plumb.writer.VersionReservation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code plumb new}: writes an empty migration for hand-written SQL (data fixes, views) and prints its path; its up
 * and down show a commented {@code script.on(...)} line for each configured dialect.
 */
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
        List<String> history = historyOrWarn(config);
        try (VersionReservation reserved = VersionReservation.of(directory)) {
            MigrationSpec migration = naming.spec(List.of(), context().clock().instant(), directory, history,
                    Map.of(), Map.of(), List.of());
            out().println(new MigrationWriter().withTemplateDialects(templateDialects(config))
                    .write(migration, config.output(), config.migrationsPackage()));
        }
        return ExitCodes.OK;
    }

    /** The configured dialects, else the dialect of {@code --url} (H2 when it has none): a section each. */
    private static List<Dialect> templateDialects(PlumbConfig config) {
        return config.dialects().isEmpty() ? List.of(ScratchOptions.defaultDialect(config)) : config.dialects();
    }

    /**
     * The versions in the database's history, so that the new one is newer; a hand-written migration needs no
     * database, so when it cannot be reached a warning says what was not checked.
     */
    private List<String> historyOrWarn(PlumbConfig config) {
        try {
            return HistoryVersions.of(config.connection());
        } catch (DatabaseUnavailableException | MigrationException e) {
            err().println("plumb new: warning: the history was not read (" + redactor().redact(e.getMessage())
                    + "); the version is only newer than the migrations in " + config.output());
            return List.of();
        }
    }
}
