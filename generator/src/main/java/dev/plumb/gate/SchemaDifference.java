package dev.plumb.gate;

import dev.plumb.diff.AddColumn;
import dev.plumb.diff.Change;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.model.Schema;

import java.util.List;

/**
 * The difference between the schema that should be there ({@code expected}) and the one that is ({@code actual}),
 * worded from the point of view of {@code actual}: each change of the diff expected to actual is an object
 * {@code actual} has in addition, lacks, or has in another form. The caller supplies the three phrases, so that
 * the same difference reads "exists in the live database but in no migration" or "down leaves column x".
 */
public record SchemaDifference(List<Change> changes) {

    public SchemaDifference {
        changes = List.copyOf(changes);
    }

    /**
     * The changes that turn {@code expected} into {@code actual}, in the differ's deterministic order; both schemas
     * normalized by {@code dialect}.
     */
    public static SchemaDifference between(SqlDialect dialect, Schema expected, Schema actual) {
        return new SchemaDifference(dialect.differ().diff(expected, actual));
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Formats ({@code %s} is the object, e.g. {@code column customer.phone}) for an object only in actual, only in
     * expected, and in both but different.
     */
    public record Wording(String onlyInActual, String onlyInExpected, String different) {
    }

    /** One line per change, for example {@code column customer.phone exists in the live database but in no migration}. */
    public List<String> lines(Wording wording) {
        return changes.stream().map(change -> line(change, wording)).toList();
    }

    private static String line(Change change, Wording wording) {
        String description = change.describe();
        char marker = description.charAt(0);
        String subject = subject(change, description.substring(2));
        String format = switch (marker) {
            case '+' -> wording.onlyInActual();
            case '-' -> wording.onlyInExpected();
            default -> wording.different();
        };
        return format.replace("%s", subject);
    }

    /** The object without the details that describe() adds: a column's type, a change's aspects. */
    private static String subject(Change change, String described) {
        if (change instanceof AddColumn add) {
            return "column " + add.table() + "." + add.column().name();
        }
        int colon = described.indexOf(": ");
        return colon < 0 ? described : described.substring(0, colon) + " (" + described.substring(colon + 2) + ")";
    }
}
