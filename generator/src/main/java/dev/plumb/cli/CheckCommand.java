package dev.plumb.cli;

import dev.plumb.config.ConfigException;
import dev.plumb.config.PlumbConfig;
import dev.plumb.diff.Ownership;
import dev.plumb.gate.DriftCheck;
import dev.plumb.generate.GenerateOptions;
import dev.plumb.gate.LiveDriftCheck;
import dev.plumb.generate.BaselineDifferences;
import dev.plumb.generate.GeneratedMigration;
import dev.plumb.generate.RecordedOwnership;
import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.Migration;
import dev.plumb.scratch.ScratchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Set;

/**
 * {@code plumb check}: the CI gate. For every dialect the application runs on ({@code dialects}), replays every
 * migration on a scratch database of that dialect (proving each down, as {@code verify} does) and compares the result
 * with the entities as read for that dialect; a migration without SQL for one of them is reported instead of
 * replayed there. With {@code --live}, compares the configured database with what its applied migrations produce on
 * a scratch database of its own dialect. Changes nothing outside the scratch databases.
 */
@Command(name = "check", mixinStandardHelpOptions = true, footer = ExitCodes.FOOTER,
        description = "Fails (exit 3) when the entities have changes no migration covers, or a migration has no SQL "
                + "for one of the dialects (each of --dialects is checked on its own scratch database), or with "
                + "--live when the database has drifted from the migrations.")
final class CheckCommand extends GateCommand {

    @Option(names = "--live", description = "Compare the configured database (--url) with the migrations instead "
            + "of the entities: objects changed by hand and migrations not applied. Checks the live database's "
            + "dialect only, whatever --dialects says.")
    boolean live;

    @Option(names = "--format", paramLabel = "text|markdown", defaultValue = "text",
            description = "Report format; markdown suits a pull-request comment. Default: ${DEFAULT-VALUE}.")
    String format;

    @Mixin
    OnlineOption online;

    CheckCommand(CliContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        PlumbConfig config = config();
        ReviewReport report = new ReviewReport(out(), Formats.parse(format));
        List<Migration> migrations = migrations(config);
        if (live) {
            return checkLive(config, migrations, report);
        }
        int worst = ExitCodes.OK;
        for (Dialect dialect : dialects(config)) {
            worst = Math.max(worst, checkEntities(config, migrations, dialect, report));
        }
        return worst;
    }

    private int checkEntities(PlumbConfig config, List<Migration> migrations, Dialect dialect, ReviewReport report) {
        String bullet = Formats.parse(format) == ReportFormat.MARKDOWN ? "- " : "";
        if (reportMissingSql(migrations, dialect, bullet)) {
            return ExitCodes.DRIFT;
        }
        DriftCheck.Result result;
        try (ScratchDatabase scratch = scratch(dialect)) {
            result = new DriftCheck().check(migrations, config.entitySource(), scratch.settings(), true,
                    GenerateOptions.REPORT_ONLY.withIgnored(ignoredTables(config))
                            .withOwnership(config.prune() ? Ownership.EVERYTHING : RecordedOwnership.of(migrations))
                            .withOnline(online.online(config)));
        }
        if (result.verification().failure().isPresent()) {
            return verificationFailed(result.verification().failure().get(), dialect);
        }
        return reportDrift(migrations, dialect, result.missing().orElseThrow().withoutKept(), report);
    }

    /** What the migrations replayed on {@code dialect} lack: nothing, only accepted differences, or drift. */
    private int reportDrift(List<Migration> migrations, Dialect dialect, GeneratedMigration missing,
                            ReviewReport report) {
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
        Dialect dialect = ScratchOptions.defaultDialect(config);
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
