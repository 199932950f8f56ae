package dev.plumb.spring;

import dev.plumb.runtime.MigrationReport;
import dev.plumb.runtime.MigrationStatus;
import dev.plumb.runtime.Migrator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.Optional;

/**
 * The start-up behaviour without a {@link PlumbMigrationStrategy} bean: adopt the database at {@code
 * plumb.baseline-version} if it has no history yet, then apply every pending migration, and say in one INFO line
 * what was done. Logs through Spring's commons-logging bridge, so it reaches whatever logging the application set
 * up; Plumb brings no logging library.
 */
final class DefaultMigrationStrategy implements PlumbMigrationStrategy {

    private static final Log LOG = LogFactory.getLog(DefaultMigrationStrategy.class);

    private final Optional<String> baselineVersion;

    DefaultMigrationStrategy(Optional<String> baselineVersion) {
        this.baselineVersion = baselineVersion.filter(version -> !version.isBlank());
    }

    @Override
    public void migrate(Migrator migrator) {
        baselineVersion.filter(version -> hasNoHistory(migrator)).ifPresent(version -> {
            migrator.baseline(version, "baseline");
            LOG.info("Plumb: database adopted at baseline " + version);
        });
        MigrationReport report = migrator.migrate();
        if (report.steps().isEmpty()) {
            LOG.info("Plumb: database is up to date (" + appliedCount(migrator) + " migrations applied)");
        } else {
            MigrationReport.Step last = report.steps().get(report.steps().size() - 1);
            LOG.info("Plumb: applied " + report.steps().size() + " migration(s), now at version " + last.version());
        }
    }

    private static boolean hasNoHistory(Migrator migrator) {
        return migrator.status().stream().allMatch(line -> line.state() == MigrationStatus.State.PENDING);
    }

    private static long appliedCount(Migrator migrator) {
        return migrator.status().stream().filter(line -> line.state() == MigrationStatus.State.APPLIED).count();
    }
}
