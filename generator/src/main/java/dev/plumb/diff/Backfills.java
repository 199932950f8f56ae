package dev.plumb.diff;

import dev.plumb.model.Column;
import dev.plumb.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Values for existing rows when a column becomes {@code not null}: {@code --backfill TABLE.COLUMN=SQL-EXPRESSION}.
 * The expression is SQL the database evaluates per row (it may use other columns: {@code 'n/a'},
 * {@code lower(email)}); Plumb copies it into the migration as written.
 */
public record Backfills(List<Backfill> entries) {

    public static final Backfills NONE = new Backfills(List.of());

    /** One backfill; names as written, matched like rename hints. */
    public record Backfill(Optional<String> schema, String table, String column, String expression) {
        boolean matches(QualifiedName tableName, Column target) {
            return NameMatch.matches(schema, table, tableName) && NameMatch.matches(column, target.name());
        }

        @Override
        public String toString() {
            return schema.map(s -> s + ".").orElse("") + table + "." + column + "=" + expression;
        }
    }

    public Backfills {
        entries = List.copyOf(entries);
    }

    /**
     * Parses {@code [SCHEMA.]TABLE.COLUMN=SQL-EXPRESSION}; the expression is everything after the first '=', and must
     * be one expression ({@link SingleExpression}): it is pasted into an {@code update}.
     */
    public static Backfills parse(List<String> hints) {
        List<Backfill> entries = new ArrayList<>();
        for (String hint : hints) {
            int equals = hint.indexOf('=');
            String[] left = equals < 0 ? new String[0] : hint.substring(0, equals).trim().split("\\.", -1);
            if (left.length < 2 || left.length > 3 || List.of(left).contains("")
                    || hint.substring(equals + 1).isBlank()) {
                throw new HintException("--backfill " + hint + ": expected TABLE.COLUMN=SQL-EXPRESSION");
            }
            String expression = hint.substring(equals + 1).trim();
            SingleExpression.problem(expression).ifPresent(problem -> {
                throw new HintException("--backfill " + hint + ": the value must be one SQL expression, and it has "
                        + problem + " outside a string literal; put the text in quotes ('...'), or run statements in "
                        + "a migration of their own (plumb new)");
            });
            Optional<String> schema = left.length == 3 ? Optional.of(left[0]) : Optional.empty();
            entries.add(new Backfill(schema, left[left.length - 2], left[left.length - 1], expression));
        }
        return new Backfills(entries);
    }

    Optional<Backfill> find(QualifiedName table, Column column) {
        return entries.stream().filter(b -> b.matches(table, column)).findFirst();
    }
}
