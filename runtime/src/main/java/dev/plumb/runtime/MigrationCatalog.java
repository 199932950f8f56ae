package dev.plumb.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The migrations known to the code, in version order, with duplicate and over-long versions refused up front, and
 * the SQL each one runs on a given dialect.
 */
final class MigrationCatalog {

    static final int MAX_VERSION_LENGTH = 50;

    private final List<Migration> migrations;
    private final Map<String, Migration> byVersion = new HashMap<>();

    MigrationCatalog(Collection<? extends Migration> migrations) {
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.forEach(MigrationCatalog::checkVersion);
        sorted.sort((a, b) -> VersionComparator.INSTANCE.compare(a.version(), b.version()));
        for (int i = 1; i < sorted.size(); i++) {
            Migration previous = sorted.get(i - 1);
            Migration current = sorted.get(i);
            if (VersionComparator.INSTANCE.compare(previous.version(), current.version()) == 0) {
                throw new ValidationException(current.version(), "Duplicate migration version "
                        + current.version() + ": " + previous.getClass().getName() + " (" + previous.version()
                        + ") and " + current.getClass().getName() + " (" + current.version()
                        + ") have the same version; give one of them a new version");
            }
        }
        sorted.forEach(m -> byVersion.put(m.version(), m));
        this.migrations = List.copyOf(sorted);
    }

    /**
     * A version that is empty, too long, or whose {@code version()} or {@code description()} code throws, is the
     * migration's own fault and refused before anything runs.
     */
    private static void checkVersion(Migration migration) {
        String version;
        try {
            version = migration.version();
            migration.description();
        } catch (RuntimeException e) {
            throw new ValidationException(null, "Migration " + migration.getClass().getName()
                    + " cannot say its version or description: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "; fix the migration's code");
        }
        if (version == null || version.isBlank() || version.length() > MAX_VERSION_LENGTH) {
            throw new ValidationException(version, "Invalid version '" + version + "' of migration "
                    + migration.getClass().getName() + ": version() must return 1 to " + MAX_VERSION_LENGTH
                    + " characters");
        }
    }

    List<Migration> all() {
        return migrations;
    }

    Optional<Migration> find(String version) {
        return Optional.ofNullable(byVersion.get(version));
    }

    /** The up statements for the dialect, refusing a migration that carries SQL only for other dialects. */
    static PlannedMigration up(Migration migration, Dialect dialect) {
        return new PlannedMigration(migration, statements(migration, dialect, migration::up, "up"));
    }

    /** The down statements for the dialect, refusing a migration that carries SQL only for other dialects. */
    static PlannedMigration down(Migration migration, Dialect dialect) {
        return new PlannedMigration(migration, statements(migration, dialect, migration::down, "down"));
    }

    /** The checksum of the up SQL for the dialect, as recorded in the history; never refuses. */
    static String checksum(Migration migration, Dialect dialect) {
        return Checksums.of(upStatements(migration, dialect));
    }

    /** The up statements for the dialect, empty when it has none; never refuses. */
    static List<String> upStatements(Migration migration, Dialect dialect) {
        return script(migration, migration::up, "up").statementsFor(dialect);
    }

    /**
     * The statements of one direction for the dialect. A migration whose script does not
     * {@linkplain MigrationClasses#covers cover} the dialect is refused with a {@link ValidationException} (exit 7
     * in the CLI): plans are resolved before anything runs, so nothing is applied or rolled back.
     */
    private static List<String> statements(Migration migration, Dialect dialect, Consumer<Script> fill,
                                           String direction) {
        Script script = script(migration, fill, direction);
        if (!MigrationClasses.covers(script, dialect)) {
            throw new ValidationException(migration.version(), Failures.name(migration) + " has no " + direction
                    + " SQL for " + dialect.productName() + ", only for " + productNames(script)
                    + ": add script.on(Dialect." + dialect.name() + ", ...) to its " + direction + "(), or"
                    + " regenerate it with " + dialect.productName() + " among the dialects; nothing was "
                    + (direction.equals("up") ? "applied" : "rolled back"));
        }
        return script.statementsFor(dialect);
    }

    private static String productNames(Script script) {
        return script.dialects().stream().map(Dialect::productName).collect(Collectors.joining(" and "));
    }

    /**
     * Runs the migration's own code that fills a script. An exception from it is the migration's failure, not the
     * runtime's: it becomes a {@link MigrationException} that names the migration and the exception.
     */
    private static Script script(Migration migration, Consumer<Script> fill, String direction) {
        Script script = new Script();
        try {
            fill.accept(script);
        } catch (RuntimeException | LinkageError e) {
            throw new MigrationException(migration.version(), Failures.name(migration) + " failed in its "
                    + direction + "(): " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "; fix the migration's code", e);
        }
        return script;
    }
}
