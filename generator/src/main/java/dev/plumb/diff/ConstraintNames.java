package dev.plumb.diff;

import dev.plumb.dialect.sql.ObjectNames;
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
 * Names for constraints the entity leaves unnamed but that the differ must add to an existing table: such a
 * constraint needs a name so that its inverse (the down migration) can drop it again.
 *
 * <p>The names are the ones PostgreSQL chooses when it names a constraint itself ({@code <table>_pkey},
 * {@code <table>_<columns>_key}, {@code <table>_<columns>_fkey}, {@code <table>_<column>_check} or
 * {@code <table>_check}), shortened the way PostgreSQL's {@code makeObjectName} shortens them to fit 63 bytes
 * (see <a href="https://github.com/postgres/postgres/blob/REL_15_STABLE/src/backend/commands/indexcmds.c">
 * indexcmds.c</a>), in bytes of UTF-8 as PostgreSQL counts. A table created by Plumb and one altered by Plumb therefore
 * end up with the same constraint names. The suffix follows the case of the stored table name, so on H2 (upper-case
 * names) {@code ORDERS_PKEY} stays upper case and needs no quotes. When the name is taken, a check gets PostgreSQL's
 * numbered label ({@code _check1}, {@code _check2}, as {@code ChooseConstraintName} does), so two unnamed checks on
 * one column can both be added.
 */
public final class ConstraintNames {

    /** PostgreSQL's {@code NAMEDATALEN - 1}, in bytes. */
    static final int MAX_LENGTH = 63;

    private ConstraintNames() {
    }

    public static Identifier primaryKey(QualifiedName table) {
        return objectName(table.name(), null, "pkey");
    }

    public static Identifier unique(QualifiedName table, List<Identifier> columns) {
        return objectName(table.name(), joined(columns), "key");
    }

    /** The sequence PostgreSQL creates for an identity or serial column: {@code <table>_<column>_seq}. */
    public static Identifier identitySequence(QualifiedName table, Identifier column) {
        return objectName(table.name(), column.value(), "seq");
    }

    public static Identifier foreignKey(QualifiedName table, List<Identifier> columns) {
        return objectName(table.name(), joined(columns), "fkey");
    }

    /**
     * PostgreSQL names a check after its column only when the expression references exactly one column of the
     * table ({@code AddRelationNewConstraints} in heap.c), otherwise {@code <table>_check}.
     */
    public static Identifier check(Table table, CheckConstraint check) {
        return check(table, check, Set.of());
    }

    /** As {@link #check(Table, CheckConstraint)}, numbered past the names already {@code taken} in the table. */
    public static Identifier check(Table table, CheckConstraint check, Set<Identifier> taken) {
        List<Identifier> referenced = referencedColumns(table.columns(), check.expression().canonical());
        String column = referenced.size() == 1 ? referenced.get(0).value() : null;
        Identifier name = objectName(table.name().name(), column, "check");
        for (int pass = 1; taken.contains(name); pass++) {
            name = objectName(table.name().name(), column, "check" + pass);
        }
        return name;
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
     * PostgreSQL's {@code ChooseIndexNameAddition}: the column names joined by {@code _}, each at most 63 bytes,
     * stopping once the result reaches 64 bytes ({@link #objectName} cuts it further).
     */
    private static String joined(List<Identifier> columns) {
        StringBuilder names = new StringBuilder();
        for (Identifier column : columns) {
            if (!names.isEmpty()) {
                names.append('_');
            }
            names.append(ObjectNames.clip(column.value(), MAX_LENGTH));
            if (ObjectNames.bytes(names.toString()) > MAX_LENGTH) {
                break;
            }
        }
        return names.toString();
    }

    /** PostgreSQL's {@code makeObjectName}: cut the longer of the two parts until everything fits in 63 bytes. */
    private static Identifier objectName(Identifier table, String middle, String label) {
        String first = table.value();
        String suffix = isUpperCase(first) ? label.toUpperCase(Locale.ROOT) : label;
        return new Identifier(ObjectNames.objectName(first, middle, suffix, MAX_LENGTH));
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
