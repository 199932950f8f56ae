package dev.plumb.gate;

import dev.plumb.config.ConnectionSettings;
import dev.plumb.dialect.IgnoredTables;
import dev.plumb.diff.Ownership;
import dev.plumb.generate.GenerateOptions;
import dev.plumb.generate.GeneratedMigration;
import dev.plumb.generate.MigrationGenerator;
import dev.plumb.reader.EntitySource;
import dev.plumb.runtime.Migration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Entities against migrations: replays the migrations on a scratch database (verifying each round trip, or just
 * applying them) and generates the migration the entities would still need there. Empty means no drift.
 */
public final class DriftCheck {

    /**
     * @param verification the replay; when it failed, {@code missing} is empty because there is nothing to compare
     * @param missing      the changes no migration covers, as {@code generate} would write them
     */
    public record Result(Verification verification, Optional<GeneratedMigration> missing) {

        public Result {
            Objects.requireNonNull(verification, "verification");
            Objects.requireNonNull(missing, "missing");
        }

        public boolean drift() {
            return missing.map(m -> !m.isEmpty()).orElse(false);
        }
    }

    /** Replays with up/down/up round trips ({@code verify}) when {@code roundTrips}, else applies only. */
    public Result check(List<Migration> migrations, EntitySource entities, ConnectionSettings scratch,
                        boolean roundTrips) {
        return check(migrations, entities, scratch, roundTrips, IgnoredTables.DEFAULT);
    }

    /** {@link #check(List, EntitySource, ConnectionSettings, boolean)} leaving the {@code ignored} tables out. */
    public Result check(List<Migration> migrations, EntitySource entities, ConnectionSettings scratch,
                        boolean roundTrips, IgnoredTables ignored) {
        return check(migrations, entities, scratch, roundTrips, GenerateOptions.REPORT_ONLY.withIgnored(ignored));
    }

    /**
     * As {@code generate} would see it: only what {@code ownership} lets Plumb drop counts as drift, so an object the
     * entities do not describe (made by hand, by another tool, or recorded by a baseline) is not drift.
     */
    public Result check(List<Migration> migrations, EntitySource entities, ConnectionSettings scratch,
                        boolean roundTrips, IgnoredTables ignored, Ownership ownership) {
        return check(migrations, entities, scratch, roundTrips,
                GenerateOptions.REPORT_ONLY.withIgnored(ignored).withOwnership(ownership));
    }

    /**
     * The check with every option of the generator: {@code check} passes its ignored tables, ownership and
     * {@code online} setting, so that the missing SQL it reports is what {@code generate} would write.
     */
    public Result check(List<Migration> migrations, EntitySource entities, ConnectionSettings scratch,
                        boolean roundTrips, GenerateOptions options) {
        RoundTripVerifier verifier = new RoundTripVerifier();
        Verification verification = roundTrips ? verifier.verify(migrations, scratch)
                : verifier.apply(migrations, scratch);
        if (!verification.passed()) {
            return new Result(verification, Optional.empty());
        }
        return new Result(verification, Optional.of(new MigrationGenerator().generate(scratch, entities, options)));
    }

    /**
     * The migration {@code generate} writes when the current schema is what the migrations produce: for a developer
     * whose database is stale or absent. Throws {@link VerificationFailedException} when a migration fails to apply.
     */
    public GeneratedMigration generateFromMigrations(List<Migration> migrations, EntitySource entities,
                                                     ConnectionSettings scratch, GenerateOptions options) {
        Result result = check(migrations, entities, scratch, false, options);
        result.verification().failure().ifPresent(failure -> {
            throw new VerificationFailedException(failure);
        });
        return result.missing().orElseThrow();
    }
}
