package dev.plumb.cli;

import dev.plumb.config.PlumbConfig;
import dev.plumb.generate.GeneratedMigration;
import dev.plumb.generate.SchemaBaseline;
import dev.plumb.runtime.Migrator;
import dev.plumb.writer.MigrationNames;
import dev.plumb.writer.MigrationSpec;
import dev.plumb.writer.MigrationWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code plumb baseline --version V}: adopts a database created by other means (Flyway, Liquibase, hand-written SQL,
 * Hibernate's schema export) at version V, so that {@code migrate} applies only migrations newer than V.
 *
 * <p>On a database that has tables or sequences it also writes a baseline migration {@code V<V>__Baseline} whose up
 * creates that schema ({@link SchemaBaseline}): the history records V as a baseline, so the class never runs against
 * the database it came from, while the gate's scratch replays and new environments start from it. The class is
 * written first and deleted again when the history refuses the baseline, so a refusal leaves nothing behind.
 */
@Command(name = "baseline", footer = ExitCodes.FOOTER,
        description = "Adopts an existing database at a version: migrate then applies only later migrations. On a "
                + "database with tables, also writes a migration V<VERSION>__Baseline that creates its schema, for "
                + "check, verify and new databases. Refused (exit 7) when the history already has entries.")
final class BaselineCommand extends RuntimeCommand {

    /** No standard help mixin: its {@code --version} would clash with the baseline version. */
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--version", paramLabel = "VERSION", required = true,
            description = "The version the database already has; migrations up to it count as applied.")
    String version;

    @Option(names = "--description", paramLabel = "TEXT", defaultValue = "Baseline",
            description = "Recorded in the history and naming the baseline class; default: ${DEFAULT-VALUE}.")
    String description;

    @Mixin
    IgnoreOption ignore;

    BaselineCommand(CliContext context) {
        super(context);
    }

    @Override
    protected int execute() throws Exception {
        PlumbConfig config = config();
        Migrator migrator = historyMigratorBuilder(config).build();
        GeneratedMigration schema = new SchemaBaseline().of(config.connection(), ignore.tables(config));
        Optional<Path> written = schema.isEmpty() ? Optional.empty() : Optional.of(write(schema, config));
        try {
            migrator.baseline(version, description);
        } catch (RuntimeException e) {
            written.ifPresent(path -> delete(path, e));
            throw e;
        }
        written.ifPresent(out()::println);
        out().println("Baselined at " + version + written.map(path -> " (" + Formats.count(
                schema.plan().up().size(), "change") + " recorded in the baseline migration)").orElse(""));
        return ExitCodes.OK;
    }

    private Path write(GeneratedMigration schema, PlumbConfig config) {
        MigrationSpec spec = new MigrationSpec(version, MigrationNames.camelCase(description), description,
                context().clock().instant(), schema.plan().up(), Map.of(schema.dialect(), schema.up()),
                Map.of(schema.dialect(), schema.down()), schema.reviews());
        return new MigrationWriter().write(spec, config.output(), config.migrationsPackage());
    }

    /** Takes the class back after the history refused the baseline; a failure to do so rides on the refusal. */
    private static void delete(Path written, RuntimeException refusal) {
        try {
            Files.deleteIfExists(written);
        } catch (IOException e) {
            refusal.addSuppressed(new UncheckedIOException("delete " + written + " by hand", e));
        }
    }
}
