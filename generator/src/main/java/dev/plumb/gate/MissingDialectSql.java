package dev.plumb.gate;

import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.MigrationClasses;
import dev.plumb.runtime.Script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The migrations that cannot run on a dialect the application runs on: they carry SQL for other dialects but none
 * for this one (typically a migration written by hand for one database in a project that runs on two). The
 * rule is the runtime's ({@link MigrationClasses#covers}), so {@code check} reports exactly what {@code migrate}
 * would refuse; a migration naming no dialect at all is deliberately empty and passes.
 */
public final class MissingDialectSql {

    private MissingDialectSql() {
    }

    /**
     * One line per migration lacking SQL for {@code dialect}, in the order given, for example
     * {@code V2__AddIndex has no SQL for <dialect>: add script.on(Dialect.<DIALECT>, ...) to its up() and down(), or
     * regenerate it with <dialect> among the dialects}.
     */
    public static List<String> lines(List<Migration> migrations, Dialect dialect) {
        List<String> lines = new ArrayList<>();
        for (Migration migration : migrations) {
            line(migration, dialect).ifPresent(lines::add);
        }
        return lines;
    }

    private static Optional<String> line(Migration migration, Dialect dialect) {
        boolean up = covers(migration::up, dialect);
        boolean down = covers(migration::down, dialect);
        if (up && down) {
            return Optional.empty();
        }
        String name = dialect.name().toLowerCase(Locale.ROOT);
        String missing = up ? "down " : down ? "up " : "";
        String methods = up ? "down()" : down ? "up()" : "up() and down()";
        return Optional.of(migration.getClass().getSimpleName() + " has no " + missing + "SQL for " + name
                + ": add script.on(Dialect." + dialect.name() + ", ...) to its " + methods
                + ", or regenerate it with " + name + " among the dialects");
    }

    /**
     * Whether one direction can run on the dialect. A migration whose code throws counts as covered here: the
     * replay reports it, with the exception, as the migration's failure.
     */
    private static boolean covers(Consumer<Script> fill, Dialect dialect) {
        Script script = new Script();
        try {
            fill.accept(script);
        } catch (RuntimeException | LinkageError e) {
            return true;
        }
        return MigrationClasses.covers(script, dialect);
    }
}
