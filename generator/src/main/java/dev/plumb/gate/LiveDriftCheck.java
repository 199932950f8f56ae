package dev.plumb.gate;

import dev.plumb.config.ConnectionSettings;
import dev.plumb.dialect.IgnoredTables;
import dev.plumb.model.Schema;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.MigrationStatus;
import dev.plumb.runtime.Migrator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A live database against the migrations, changing nothing on it: which migrations its history lacks (or has that
 * the code lacks), and which objects differ from what the migrations it has applied produce on a scratch database.
 * Only the applied migrations are replayed, so a pending migration is reported once, as pending, and not again as
 * every object it would create. The baseline migration ({@code plumb baseline}) is replayed too: the live database
 * has its schema, though the history records it as a baseline rather than as applied.
 */
public final class LiveDriftCheck {

    static final SchemaDifference.Wording LIVE_WORDING = new SchemaDifference.Wording(
            "%s exists in the live database but in no migration",
            "%s is created by the migrations but missing from the live database",
            "%s differs between the live database and the migrations");

    /**
     * @param history lines about the history: migrations not applied, changed since applied, or unknown to the code
     * @param objects lines about objects added, dropped or changed by hand
     */
    public record Result(List<String> history, List<String> objects) {

        public Result {
            history = List.copyOf(history);
            objects = List.copyOf(objects);
        }

        public boolean drift() {
            return !history.isEmpty() || !objects.isEmpty();
        }
    }

    public Result check(List<Migration> migrations, ConnectionSettings live, ConnectionSettings scratch) {
        return check(migrations, live, scratch, IgnoredTables.DEFAULT);
    }

    /** The check leaving out the {@code ignored} tables on both sides: other tools' tables are no drift. */
    public Result check(List<Migration> migrations, ConnectionSettings live, ConnectionSettings scratch,
                        IgnoredTables ignored) {
        List<MigrationStatus> status = Migrator.builder(live.dataSource()).migrations(migrations).build().status();
        Map<String, Migration> byVersion = migrations.stream()
                .collect(Collectors.toMap(Migration::version, Function.identity()));
        List<String> history = new ArrayList<>();
        Set<String> applied = new HashSet<>();
        for (MigrationStatus row : status) {
            String name = byVersion.containsKey(row.version())
                    ? byVersion.get(row.version()).getClass().getSimpleName()
                    : row.version() + " (" + row.description() + ")";
            switch (row.state()) {
                case APPLIED -> applied.add(row.version());
                case BASELINE -> {
                    if (byVersion.containsKey(row.version())) {
                        applied.add(row.version());
                    }
                }
                case PENDING -> history.add("migration " + name + " is not applied to the live database");
                case CHECKSUM_MISMATCH -> {
                    applied.add(row.version());
                    history.add("migration " + name + " has changed since it was applied to the live database");
                }
                case MISSING_IN_CODE -> history.add("migration " + name
                        + " is applied to the live database but missing from the code");
            }
        }
        List<Migration> replayed = migrations.stream().filter(m -> applied.contains(m.version())).toList();
        Verification verification = new RoundTripVerifier().apply(replayed, scratch);
        verification.failure().ifPresent(failure -> {
            throw new VerificationFailedException(failure);
        });
        Schema expected = ignored.patterns().isEmpty() ? verification.schema()
                : ScratchSchemas.inspect(scratch, ignored);
        List<String> objects = ScratchSchemas.differenceFrom(expected, live, ignored).lines(LIVE_WORDING);
        return new Result(history, objects);
    }
}
