package dev.plumb.dialect.sql;

import dev.plumb.diff.ConstraintNaming;
import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Column;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Constraint names of the form PostgreSQL chooses when it names a constraint itself ({@code <table>_pkey},
 * {@code <table>_<columns>_key}, {@code <table>_<columns>_fkey}, {@code <table>_<column>_check} or
 * {@code <table>_check}), shortened the way PostgreSQL's {@code makeObjectName} shortens them to fit the dialect's
 * limit (see <a href="https://github.com/postgres/postgres/blob/REL_15_STABLE/src/backend/commands/indexcmds.c">
 * indexcmds.c</a>), in bytes of UTF-8 as PostgreSQL counts. The dialects that use this form extend it with their
 * limit. The suffix follows the case of the stored table name, so where names are stored in upper case
 * {@code ORDERS_PKEY} stays upper case and needs no quotes. When the name is taken, a check gets PostgreSQL's numbered
 * label ({@code _check1}, {@code _check2}, as {@code ChooseConstraintName} does), so two unnamed checks on one column
 * can both be added.
 */
public class SuffixConstraintNaming implements ConstraintNaming {

    private final int maxBytes;

    /** @param maxBytes the longest name, in bytes of UTF-8 */
    protected SuffixConstraintNaming(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Identifier primaryKey(QualifiedName table) {
        return objectName(table.name(), null, "pkey");
    }

    @Override
    public Identifier unique(QualifiedName table, List<Identifier> columns) {
        return objectName(table.name(), joined(columns), "key");
    }

    @Override
    public Identifier foreignKey(QualifiedName table, List<Identifier> columns) {
        return objectName(table.name(), joined(columns), "fkey");
    }

    /** As {@link #check(Table, CheckConstraint, Set)} with no name taken. */
    public Identifier check(Table table, CheckConstraint check) {
        return check(table, check, Set.of());
    }

    /**
     * Named after its column only when the expression references exactly one column of the table (PostgreSQL's
     * {@code AddRelationNewConstraints} in heap.c), otherwise {@code <table>_check}; numbered past the names already
     * {@code taken} in the table.
     */
    @Override
    public Identifier check(Table table, CheckConstraint check, Set<Identifier> taken) {
        List<Identifier> referenced = referencedColumns(table.columns(), check.expression().canonical());
        String column = referenced.size() == 1 ? referenced.get(0).value() : null;
        Identifier name = objectName(table.name().name(), column, "check");
        for (int pass = 1; taken.contains(name); pass++) {
            name = objectName(table.name().name(), column, "check" + pass);
        }
        return name;
    }

    /** {@code <table>_<middle>_<label>} cut to the limit; for the dialects' own names of other objects too. */
    protected Identifier objectName(Identifier table, String middle, String label) {
        String first = table.value();
        String suffix = isUpperCase(first) ? label.toUpperCase(Locale.ROOT) : label;
        return new Identifier(ObjectNames.objectName(first, middle, suffix, maxBytes));
    }

    /** The columns of the table that the expression names, in order of first appearance, without duplicates. */
    static List<Identifier> referencedColumns(List<Column> columns, String expression) {
        List<Identifier> found = new ArrayList<>();
        for (ExpressionWord word : ExpressionWord.scan(expression)) {
            columns.stream()
                    .map(Column::name)
                    .filter(name -> word.quoted() ? name.value().equals(word.text())
                            : name.value().equalsIgnoreCase(word.text()))
                    .findFirst()
                    .filter(name -> !found.contains(name))
                    .ifPresent(found::add);
        }
        return found;
    }

    /**
     * PostgreSQL's {@code ChooseIndexNameAddition}: the column names joined by {@code _}, each at most the limit,
     * stopping once the result is longer than the limit ({@link #objectName} cuts it further).
     */
    private String joined(List<Identifier> columns) {
        StringBuilder names = new StringBuilder();
        for (Identifier column : columns) {
            if (!names.isEmpty()) {
                names.append('_');
            }
            names.append(ObjectNames.clip(column.value(), maxBytes));
            if (ObjectNames.bytes(names.toString()) > maxBytes) {
                break;
            }
        }
        return names.toString();
    }

    private static boolean isUpperCase(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
    }

    /** A word of an SQL expression outside string literals: a bare word or a double-quoted identifier. */
    record ExpressionWord(String text, boolean quoted) {

        static List<ExpressionWord> scan(String sql) {
            List<ExpressionWord> words = new ArrayList<>();
            int i = 0;
            while (i < sql.length()) {
                char c = sql.charAt(i);
                if (c == '\'' || c == '"') {
                    int end = closing(sql, i, c);
                    if (c == '"') {
                        words.add(new ExpressionWord(sql.substring(i + 1, end).replace("\"\"", "\""), true));
                    }
                    i = end + 1;
                } else if (Character.isLetter(c) || c == '_') {
                    int end = i;
                    while (end < sql.length()
                            && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                        end++;
                    }
                    words.add(new ExpressionWord(sql.substring(i, end), false));
                    i = end;
                } else {
                    i++;
                }
            }
            return words;
        }

        /** The index of the quote that closes the one at {@code open}; a doubled quote is an escaped one. */
        private static int closing(String sql, int open, char quote) {
            int i = open + 1;
            while (i < sql.length()) {
                if (sql.charAt(i) == quote) {
                    if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                        i += 2;
                        continue;
                    }
                    return i;
                }
                i++;
            }
            return sql.length() - 1;
        }
    }
}
