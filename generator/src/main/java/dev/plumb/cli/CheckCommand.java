package dev.plumb.cli;

import dev.plumb.config.ConfigException;
import dev.plumb.config.PlumbConfig;
import dev.plumb.diff.Ownership;
import dev.plumb.gate.DriftCheck;
import dev.plumb.gate.LiveDriftCheck;
import dev.plumb.generate.BaselineDifferences;
import dev.plumb.generate.GeneratedMigration;
import dev.plumb.generate.RecordedOwnership;
import dev.plumb.reader.EntitySource;
import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.Migration;
import dev.plumb.scratch.ScratchDatabase;
import dev.plumb.scratch.ScratchDatabases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Set;

/**
 * {@code plumb check}: the CI gate. Replays every migration on a scratch database (proving each down, as
 * {@code verify} does) and compares the result with the entities; with {@code --live}, compares the configured
 * database with what its applied migrations produce instead. Changes nothing outside the scratch database.
 */
@Command(name = "check", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
        description = "Fails (exit 3) when the entities have changes no migration covers, or with --live when the "
                + "database has drifted from the migrations.")
final class CheckCommand extends GateCommand {

    @Option(names = "--live", description = "Compare the configured database (--url) with the migrations instead "
            + "of the entities: objects changed by hand and migrations not applied.")
    boolean live;

    @Option(names = "--format", paramLabel = "text|markdown", defaultValue = "text",
            description = "Report format; markdown suits a pull-request comment. Default: ${DEFAULT-VALUE}.")
    String format;

    CheckCommand(CliContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        PlumbConfig config = config();
        ReviewReport report = new ReviewReport(out(), Formats.parse(format));
        List<Migration> migrations = migrations(config);
        return live ? checkLive(config, migrations, report) : checkEntities(config, migrations, report);
    }

    private int checkEntities(PlumbConfig config, List<Migration> migrations, ReviewReport report) {
        EntitySource entities = config.entitySource();
        Dialect dialect = scratchOptions.dialect(config);
        DriftCheck.Result result;
        try (ScratchDatabase scratch = scratch(dialect)) {
            result = new DriftCheck().check(migrations, entities, scratch.settings(), true, ignoredTables(config),
                    config.prune() ? Ownership.EVERYTHING : RecordedOwnership.of(migrations));
        }
        if (result.verification().failure().isPresent()) {
            return verificationFailed(result.verification().failure().get());
        }
        GeneratedMigration missing = result.missing().orElseThrow().withoutKept();
        if (missing.isEmpty()) {
            out().println("No drift: " + Formats.count(migrations.size(), "migration") + " verified on "
                    + dialect.productName() + "; they produce the entities' schema");
            return ExitCodes.OK;
        }
        Set<String> accepted = BaselineDifferences.accepted(migrations);
        int acceptedCount = missing.plan().up().size() - BaselineDifferences.unaccepted(missing, accepted).size();
        if (acceptedCount == missing.plan().up().size()) {
            out().println("No drift: " + Formats.count(migrations.size(), "migration") + " verified on "
                    + dialect.productName() + "; they produce the entities' schema but for "
                    + Formats.count(acceptedCount, "difference") + " accepted when the database was baselined"
                    + " (plumb generate writes the migration that resolves them):");
            ReviewReport.changeLines(missing).forEach(out()::println);
            return ExitCodes.OK;
        }
        report.heading("Drift: the entities have changes no migration covers (" + dialect.productName() + ")");
        if (Formats.parse(format) == ReportFormat.TEXT) {
            ReviewReport.changeLines(missing).forEach(out()::println);
            out().println();
        }
        report.print(missing);
        if (acceptedCount > 0) {
            out().println(acceptedCount + " of these " + (acceptedCount == 1 ? "was" : "were")
                    + " accepted when the database was baselined; the others are drift.");
        }
        out().println("Run `plumb generate` to write the missing migration.");
        return ExitCodes.DRIFT;
    }

    private int checkLive(PlumbConfig config, List<Migration> migrations, ReviewReport report) {
        Dialect dialect = ScratchDatabases.dialectOfUrl(config.connection().url()).orElse(Dialect.H2);
        if (scratchOptions.dialect != null && scratchOptions.dialect(config) != dialect) {
            throw new ConfigException("--dialect " + scratchOptions.dialect + " does not match the "
                    + "live database " + config.connection().displayUrl() + ": leave --dialect out with --live");
        }
        LiveDriftCheck.Result result;
        try (ScratchDatabase scratch = scratch(dialect)) {
            result = new LiveDriftCheck().check(migrations, config.connection(), scratch.settings(),
                    ignoredTables(config));
        }
        if (!result.drift()) {
            out().println("No drift: " + config.connection().displayUrl() + " matches its "
                    + Formats.count(migrations.size(), "migration"));
            return ExitCodes.OK;
        }
        report.heading("Drift: the live database " + config.connection().displayUrl()
                + " differs from the migrations");
        String bullet = Formats.parse(format) == ReportFormat.MARKDOWN ? "- " : "";
        result.history().forEach(line -> out().println(bullet + line));
        result.objects().forEach(line -> out().println(bullet + line));
        return ExitCodes.DRIFT;
    }
}
