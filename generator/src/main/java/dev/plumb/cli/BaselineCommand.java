package dev.plumb.cli;

import dev.plumb.config.ConfigException;
import dev.plumb.config.PlumbConfig;
import dev.plumb.diff.Ownership;
import dev.plumb.generate.BaselineDifferences;
import dev.plumb.generate.GenerateOptions;
import dev.plumb.generate.GeneratedMigration;
import dev.plumb.generate.MigrationGenerator;
import dev.plumb.generate.SchemaBaseline;
import dev.plumb.reader.MappingException;
import dev.plumb.runtime.Migrator;
import dev.plumb.writer.MigrationSpec;
import dev.plumb.writer.MigrationWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code plumb baseline --version V}: adopts a database created by other means (Flyway, Liquibase, hand-written SQL,
 * Hibernate's schema export) at version V, so that {@code migrate} applies only migrations newer than V.
 *
 * <p>On a database that has tables or sequences it also writes a baseline migration {@code V<V>__Baseline} whose up
 * creates that schema ({@link SchemaBaseline}): the history records V as a baseline, so the class never runs against
 * the database it came from, while the gate's scratch replays and new environments start from it. The class is
 * written first and deleted again when the history refuses the baseline, so a refusal leaves nothing behind. When a
 * class of that name is already there (the baseline of another environment with the same schema, committed with the
 * code) it is kept and only the version is recorded.
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

    @Spec
    CommandSpec commandSpec;

    BaselineCommand(CliContext context) {
        super(context);
    }

    @Override
    protected int execute() throws Exception {
        PlumbConfig config = config();
        Migrator migrator = historyMigratorBuilder(config).build();
        GeneratedMigration schema = new SchemaBaseline().of(config.connection(), ignore.tables(config));
        List<String> accepted = schema.isEmpty() || config.entities().isEmpty() ? List.of() : accepted(config);
        MigrationSpec spec = spec(schema).withAccepted(accepted);
        Path target = MigrationWriter.packageDirectory(config.output(), config.migrationsPackage())
                .resolve(spec.className() + ".java");
        boolean kept = !schema.isEmpty() && Files.exists(target);
        Optional<Path> written = schema.isEmpty() || kept ? Optional.empty()
                : Optional.of(new MigrationWriter().write(spec, config.output(), config.migrationsPackage()));
        try {
            migrator.baseline(version, description);
        } catch (RuntimeException e) {
            written.ifPresent(path -> delete(path, e));
            throw e;
        }
        written.ifPresent(out()::println);
        if (kept) {
            out().println("Kept the existing baseline migration " + target + ": run check --live to compare this"
                    + " database with it");
        }
        out().println("Baselined at " + version + written.map(path -> " (" + Formats.count(
                schema.plan().up().size(), "change") + " recorded in the baseline migration)").orElse(""));
        if (written.isPresent() && !accepted.isEmpty()) {
            out().println("Accepted " + Formats.count(accepted.size(), "difference") + " between the entities and"
                    + " the database, listed in the baseline migration: check does not count them as drift; plumb"
                    + " generate writes the migration that resolves them");
        }
        return ExitCodes.OK;
    }

    /**
     * The differences to accept; none, with a warning, when the entities cannot be read: adopting the database is
     * {@code baseline}'s job and needs no entities, so entities not compiled yet must not stop it. {@code check} then
     * reports those differences as drift until a migration resolves them.
     */
    private List<String> accepted(PlumbConfig config) {
        try {
            return BaselineDifferences.lines(differences(config));
        } catch (MappingException | ConfigException e) {
            err().println("Accepted no differences between the entities and the database: " + e.getMessage()
                    + "; check will report them as drift until a migration resolves them");
            return List.of();
        }
    }

    /**
     * What the entities differ in from the adopted database, as {@code generate} would see it right after the
     * baseline: the baseline records no object as Plumb's, so the database's extra objects are kept, not differences.
     */
    private GeneratedMigration differences(PlumbConfig config) {
        return new MigrationGenerator().generate(config.connection(), config.entitySource(),
                GenerateOptions.REPORT_ONLY.withIgnored(ignore.tables(config)).withOwnership(
                        Ownership.recorded(Set.of())));
    }

    private MigrationSpec spec(GeneratedMigration schema) {
        String name = Naming.of(commandSpec, Optional.of(description)).camelCase().orElseThrow();
        return new MigrationSpec(version, name, description,
                context().clock().instant(), schema.plan().up(), Map.of(schema.dialect(), schema.upStatements()),
                Map.of(schema.dialect(), schema.downStatements()), schema.reviews()).asAdoption();
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
