package dev.plumb.cli;

import dev.plumb.config.PlumbConfig;
import dev.plumb.gate.DriftCheck;
import dev.plumb.runtime.Migration;
import dev.plumb.scratch.ScratchDatabase;
import dev.plumb.diff.Backfills;
import dev.plumb.diff.ChangeLine;
import dev.plumb.diff.Ownership;
import dev.plumb.diff.RenameHints;
import dev.plumb.generate.DestructiveChangeException;
import dev.plumb.generate.GenerateOptions;
import dev.plumb.generate.GeneratedMigration;
import dev.plumb.generate.MigrationGenerator;
import dev.plumb.generate.MultiDialectGenerator;
import dev.plumb.generate.MultiDialectMigration;
import dev.plumb.runtime.Dialect;
import dev.plumb.generate.RecordedOwnership;
import dev.plumb.generate.UnappliedMigrations;
import dev.plumb.reader.EntitySource;
import dev.plumb.writer.MigrationHeader;
import dev.plumb.writer.MigrationSpec;
import dev.plumb.writer.MigrationWriter;
import dev.plumb.writer.VersionReservation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code plumb generate}: compares the entities with the database and writes a migration class for the difference.
 * Prints the new file's path, or {@code No changes}; {@code --dry-run} prints the SQL instead of writing. With
 * {@code dialects=} (or {@code --dialects}) the class carries the SQL of every listed dialect and of the URL's.
 * Against {@code --url} (not {@code --from-migrations}) it first refuses, exit 7, while a migration of the project is
 * not applied there ({@link UnappliedMigrations}): the new migration would repeat it.
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

    @Option(names = "--rename", paramLabel = "TABLE.OLD=NEW",
            description = "Declare a column rename (the table's new name; SCHEMA.TABLE.OLD=NEW outside the default "
                    + "schema). Repeatable.")
    List<String> columnRenames = new ArrayList<>();

    @Option(names = "--rename-table", paramLabel = "OLD=NEW",
            description = "Declare a table rename (SCHEMA.OLD=NEW outside the default schema). Repeatable.")
    List<String> tableRenames = new ArrayList<>();

    @Option(names = "--backfill", paramLabel = "TABLE.COLUMN=SQL",
            description = "Value for existing rows of a column that becomes NOT NULL (an SQL expression, e.g. "
                    + "customer.code='n/a'). Repeatable.")
    List<String> backfills = new ArrayList<>();

    @Option(names = "--allow-data-loss",
            description = "Write changes that lose data: drops of tables, columns and sequences, narrowing type "
                    + "changes, and drop + add for a possible rename nobody declared.")
    boolean allowDataLoss;

    @Option(names = "--prune",
            description = "Also drop what the entities do not describe and Plumb did not create: indexes, uniques, "
                    + "checks, foreign keys and their rules, NOT NULLs, defaults, tables, sequences (default: kept "
                    + "and listed). Also prune=true in plumb.properties.")
    boolean prune;

    @Option(names = "--strict",
            description = "Refuse every change that is not safe (locking, data-dependent, data loss) unless"
                    + " acknowledged.")
    boolean strict;

    @Option(names = "--accept", paramLabel = "TABLE[.OBJECT]",
            description = "With --strict: acknowledge the unsafe changes on a table, or on one of its columns, "
                    + "constraints or indexes. Repeatable.")
    List<String> accepted = new ArrayList<>();

    @Option(names = "--accept-all", description = "With --strict: acknowledge every unsafe change.")
    boolean acceptAll;

    @Mixin
    OnlineOption online;

    /** The migrations of {@code --migrations}, once loaded. */
    private List<Migration> loaded;

    GenerateCommand(CliContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        PlumbConfig config = config();
        EntitySource entities = config.entitySource();
        Naming naming = Naming.of(spec, Optional.ofNullable(name));
        ReportFormat reportFormat = Formats.parse(format);
        GenerateOptions options = new GenerateOptions(RenameHints.parse(columnRenames, tableRenames),
                Backfills.parse(backfills), allowDataLoss).withIgnored(ignoredTables(config))
                .withOwnership(prune || config.prune() ? Ownership.EVERYTHING : recordedOwnership(config))
                .withOnline(online.online(config));
        if (!fromMigrations && hasMigrations(config)) {
            UnappliedMigrations.refuseIfAny(config.connection().dataSource(), loadedMigrations(config));
        }
        MultiDialectMigration migrations;
        try {
            migrations = new RefusalConfirmation(context().prompt()).generate(options,
                    confirmed -> generate(config, entities, confirmed));
        } catch (DestructiveChangeException refusal) {
            if (dryRun) {
                refusal.preview().ifPresent(preview -> review(preview, refusal, reportFormat));
            }
            throw refusal;
        }
        GeneratedMigration migration = migrations.primary();
        ReviewReport.keptLines(migration).forEach(line -> err().println(ReviewReport.KEPT + ": " + line));
        if (migrations.isEmpty()) {
            out().println("No changes");
            if (dryRun) {
                new ReviewReport(out(), reportFormat).nameOnly(migration);
            }
            return ExitCodes.OK;
        }
        MigrationHeader.changeLines(migration.plan().up()).forEach(err()::println);
        if (strict) {
            StrictCheck check = new StrictCheck(accepted, acceptAll);
            migrations.migrations().forEach(each -> check.check(each.plan().up()));
        }
        if (dryRun) {
            new ReviewReport(out(), reportFormat).print(migrations);
            return ExitCodes.OK;
        }
        Path directory = MigrationWriter.packageDirectory(config.output(), config.migrationsPackage());
        List<String> history = fromMigrations ? List.of() : HistoryVersions.of(config.connection());
        try (VersionReservation reserved = VersionReservation.of(directory)) {
            MigrationSpec migrationSpec = naming.spec(migration.plan().up(), context().clock().instant(), directory,
                    history, migrations.up(), migrations.down(), migration.reviews()).withKept(migration.kept())
                    .withDialectChanges(migrations.differingChanges());
            out().println(new MigrationWriter().write(migrationSpec, config.output(), config.migrationsPackage()));
        }
        return ExitCodes.OK;
    }

    /**
     * The migration for the URL's dialect alone, or, with {@code dialects=}, for each configured dialect (and the
     * URL's): the URL's against the database at {@code --url}, every other against a scratch database with the
     * migrations replayed ({@link MultiDialectGenerator}). With {@code --from-migrations} every dialect is replayed.
     */
    private MultiDialectMigration generate(PlumbConfig config, EntitySource entities, GenerateOptions options) {
        Dialect primary = fromMigrations ? scratchOptions.dialect(config) : ScratchOptions.defaultDialect(config);
        List<Dialect> dialects = config.dialects().isEmpty() ? List.of(primary)
                : MultiDialectGenerator.ordered(primary, config.dialects());
        return new MultiDialectGenerator().generate(dialects, options, (dialect, confirmed) ->
                dialect == primary && !fromMigrations
                        ? new MigrationGenerator().generate(config.connection(), entities, confirmed)
                        : fromMigrations(config, entities, confirmed, dialect));
    }

    /**
     * {@code --dry-run} over a refusal: the whole plan, the refused changes marked {@code [refused]}; the refusal
     * follows (exit 4), so a script sees that {@code generate} would write nothing.
     */
    private void review(GeneratedMigration preview, DestructiveChangeException refusal, ReportFormat reportFormat) {
        ChangeLine.of(preview.plan().up()).forEach(line -> err().println(MigrationHeader.changeLine(line)
                + (line.changes().stream().anyMatch(refusal::refuses) ? "  " + ReviewReport.REFUSED : "")));
        new ReviewReport(out(), reportFormat).print(preview, refusal::refuses);
    }

    /**
     * What the project's migrations record as created by Plumb; nothing when there are none yet. The migrations of
     * {@code --migrations} are loaded (sources compiled in memory) once, for this record, the check that each is
     * applied ({@link UnappliedMigrations}) and the replays.
     */
    private Ownership recordedOwnership(PlumbConfig config) {
        if (!hasMigrations(config)) {
            return Ownership.recorded(java.util.Set.of());
        }
        return RecordedOwnership.of(loadedMigrations(config));
    }

    /** Whether a folder or jar of {@code --migrations} exists; without one the project has no migrations yet. */
    private static boolean hasMigrations(PlumbConfig config) {
        return config.migrations().stream().anyMatch(java.nio.file.Files::exists);
    }

    /** The project's migrations, compiled once per run however many dialects replay them. */
    private List<Migration> loadedMigrations(PlumbConfig config) {
        if (loaded == null) {
            loaded = migrations(config);
        }
        return loaded;
    }

    /** The migration against what the existing migrations build on a scratch database of {@code dialect}. */
    private GeneratedMigration fromMigrations(PlumbConfig config, EntitySource entities, GenerateOptions options,
                                              Dialect dialect) {
        List<Migration> migrations = loadedMigrations(config);
        try (ScratchDatabase scratch = scratch(dialect)) {
            return new DriftCheck().generateFromMigrations(migrations, entities, scratch.settings(), options);
        }
    }
}
