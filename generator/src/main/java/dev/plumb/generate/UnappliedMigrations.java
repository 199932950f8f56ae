package dev.plumb.generate;

import dev.plumb.runtime.Migration;
import dev.plumb.runtime.MigrationStatus;
import dev.plumb.runtime.Migrator;
import dev.plumb.runtime.ValidationException;

import javax.sql.DataSource;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Refuses to generate against a database that lacks some of the project's migrations. {@code generate} diffs the
 * entities with the database at {@code --url}; when a migration in the code (a colleague's, pulled from git) has not
 * run there, the diff would contain its changes again, and the new migration would repeat them: a duplicate
 * {@code create table} that fails on every database that did apply it. Prisma's {@code migrate dev} and Rails'
 * "Migrations are pending" refuse the same way.
 *
 * <p>"Applied" is the runtime's own answer ({@link Migrator#status()}): without a history table nothing is applied,
 * and a migration at or below a baseline counts as applied. It reads the history without the lock and without
 * validating it, so an edited applied migration (a concern of {@code migrate} and {@code validate}) is not refused
 * here.
 */
public final class UnappliedMigrations {

    /** How many pending migrations the message names before it counts the rest. */
    private static final int NAMED = 3;

    private UnappliedMigrations() {
    }

    /**
     * Throws {@link ValidationException} when some of {@code migrations} is pending on the database of
     * {@code dataSource}; returns quietly when every one is applied, or when there are none.
     */
    public static void refuseIfAny(DataSource dataSource, List<Migration> migrations) {
        if (migrations.isEmpty()) {
            return;
        }
        List<MigrationStatus> pending = Migrator.builder(dataSource).migrations(migrations).build().status().stream()
                .filter(line -> line.state() == MigrationStatus.State.PENDING).toList();
        if (!pending.isEmpty()) {
            throw new ValidationException(pending.get(0).version(), message(pending));
        }
    }

    private static String message(List<MigrationStatus> pending) {
        String named = pending.stream().limit(NAMED).map(line -> line.version() + " (" + line.description() + ")")
                .collect(Collectors.joining(", "));
        String more = pending.size() > NAMED ? " and " + (pending.size() - NAMED) + " more" : "";
        return "Cannot generate: " + pending.size() + (pending.size() == 1 ? " migration is" : " migrations are")
                + " not applied to the database at --url (" + named + more + "), so the new migration would repeat "
                + (pending.size() == 1 ? "it" : "them") + "; run plumb migrate first, or compare with what the "
                + "migrations produce: plumb generate --from-migrations. Nothing was written";
    }
}
