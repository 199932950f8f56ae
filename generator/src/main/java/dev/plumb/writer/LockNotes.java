package dev.plumb.writer;

import dev.plumb.dialect.SqlStatement;
import dev.plumb.runtime.Dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The paragraph of a migration's Javadoc that says, statement by statement, which lock each takes on which table and
 * for how long in the worst case, as the dialect's renderer noted it ({@link SqlStatement#lock()}): what a reviewer of
 * a migration for a live table needs before choosing when to run it. Dialects that note nothing get no paragraph.
 */
final class LockNotes {

    /** A statement is shown by its first line, cut to this many characters: the note is the point, not the SQL. */
    private static final int SHOWN = 90;

    private LockNotes() {
    }

    /** The paragraph, each line passed through {@code escape}; empty when no statement carries a note. */
    static String javadoc(MigrationSpec spec, UnaryOperator<String> escape) {
        List<String> lines = new ArrayList<>();
        for (Dialect dialect : new java.util.TreeSet<>(spec.up().keySet())) {
            lines.addAll(direction("up", dialect, spec.up()));
            lines.addAll(direction("down", dialect, spec.down()));
        }
        if (lines.isEmpty()) {
            return "";
        }
        return "\n\n<p>Locks, statement by statement (worst case):\n<pre>\n"
                + String.join("\n", lines.stream().map(escape).toList()) + "\n</pre>";
    }

    private static List<String> direction(String direction, Dialect dialect, Map<Dialect, List<SqlStatement>> sql) {
        List<SqlStatement> statements = sql.getOrDefault(dialect, List.of());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement statement = statements.get(i);
            if (statement.lock().isPresent()) {
                lines.add((i + 1) + ". " + shown(statement.sql()));
                lines.add("   " + statement.lock().get());
            }
        }
        if (!lines.isEmpty()) {
            lines.add(0, "-- " + direction + " (" + dialect.name().toLowerCase(Locale.ROOT) + ")");
        }
        return lines;
    }

    private static String shown(String sql) {
        String first = sql.lines().findFirst().orElse("").strip();
        boolean cut = first.length() > SHOWN || sql.contains("\n");
        return (first.length() > SHOWN ? first.substring(0, SHOWN) : first) + (cut ? " ..." : "");
    }
}
