package dev.plumb.gate;

import dev.plumb.config.ConnectionSettings;
import dev.plumb.dialect.IgnoredTables;
import dev.plumb.model.Schema;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.MigrationException;
import dev.plumb.runtime.Migrator;

import java.util.List;
import java.util.Optional;

/**
 * Proves the migrations on an empty (scratch) database: for each migration in version order, inspect, apply up,
 * apply down, inspect again and require the very schema from before, then apply up again. Stops at the first
 * migration that fails or whose down is not faithful: later ones build on it, so their verdict would mean nothing.
 */
public final class RoundTripVerifier {

    static final SchemaDifference.Wording DOWN_WORDING = new SchemaDifference.Wording(
            "down leaves %s", "down drops %s, which existed before the migration", "down does not restore %s");

    private final IgnoredTables ignored;

    /** Compares every table but the built-in ignored ones (history and lock tables). */
    public RoundTripVerifier() {
        this(IgnoredTables.DEFAULT);
    }

    /** Leaves the {@code ignored} tables (another tool's, {@code --ignore}) out of the comparisons. */
    public RoundTripVerifier(IgnoredTables ignored) {
        this.ignored = ignored;
    }

    /**
     * Applies, rolls back and re-applies each migration on {@code scratch}, which must be empty. Irreversible
     * migrations are rolled back too ({@code force}): on a throw-away database only the structure counts, and that
     * their down restores.
     */
    public Verification verify(List<Migration> migrations, ConnectionSettings scratch) {
        Migrator migrator = Migrator.builder(scratch.dataSource()).migrations(migrations).force(true).build();
        Schema before = inspect(scratch);
        int verified = 0;
        for (Migration migration : migrations) {
            Optional<Verification.Failure> failure = roundTrip(migration, migrator, scratch, before);
            if (failure.isPresent()) {
                return new Verification(inspect(scratch), verified, failure);
            }
            before = inspect(scratch);
            verified++;
        }
        return new Verification(before, verified, Optional.empty());
    }

    /** Applies every migration without rolling back: the schema the migrations produce, or the failure. */
    public Verification apply(List<Migration> migrations, ConnectionSettings scratch) {
        Migrator migrator = Migrator.builder(scratch.dataSource()).migrations(migrations).build();
        for (int i = 0; i < migrations.size(); i++) {
            Migration migration = migrations.get(i);
            Optional<Verification.Failure> failure = step(migration, "up fails",
                    () -> migrator.migrate(migration.version()));
            if (failure.isPresent()) {
                return new Verification(ScratchSchemas.inspect(scratch), i, failure);
            }
        }
        return new Verification(ScratchSchemas.inspect(scratch), migrations.size(), Optional.empty());
    }

    private Schema inspect(ConnectionSettings scratch) {
        return ScratchSchemas.inspect(scratch, ignored);
    }

    private Optional<Verification.Failure> roundTrip(Migration migration, Migrator migrator,
                                                            ConnectionSettings scratch, Schema before) {
        Optional<Verification.Failure> failure = step(migration, "up fails",
                () -> migrator.migrate(migration.version()));
        if (failure.isEmpty()) {
            failure = step(migration, "down fails", () -> migrator.rollback(1));
        }
        if (failure.isPresent()) {
            return failure;
        }
        SchemaDifference left = ScratchSchemas.differenceFrom(before, scratch, ignored);
        if (!left.isEmpty()) {
            return Optional.of(failure(migration, left.lines(DOWN_WORDING)));
        }
        return step(migration, "up fails after its down", () -> migrator.migrate(migration.version()));
    }

    private static Optional<Verification.Failure> step(Migration migration, String what, Runnable action) {
        try {
            action.run();
            return Optional.empty();
        } catch (MigrationException e) {
            return Optional.of(failure(migration, List.of(what + ": " + e.getMessage())));
        }
    }

    private static Verification.Failure failure(Migration migration, List<String> problems) {
        return new Verification.Failure(migration.getClass().getSimpleName(), migration.version(), problems);
    }
}
