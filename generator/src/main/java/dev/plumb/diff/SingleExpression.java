package dev.plumb.diff;

import java.util.Optional;

/**
 * Checks that text the user passes as one SQL expression ({@code --backfill}) cannot end the statement Plumb puts it
 * in: no statement separator ({@code ;}) and no comment ({@code --}, {@code /*}) outside string literals and quoted
 * identifiers. A {@code ;} would make a second statement of the rest, and {@code --} would comment out the
 * {@code where} clause Plumb appends.
 *
 * <p>The text is scanned twice, because a backslash inside a literal means different things: standard SQL strings
 * only double a quote, while some databases' strings ({@code E'...'} escape strings, or every string in some
 * products) also escape one with a backslash, so {@code E'\''; drop table t; --'} hides the drop from a scanner
 * that knows only one of the two.
 * The text is refused when either reading finds something outside a literal; a dollar-quoted string is not
 * recognised, so a separator inside one is refused too, which is the safe side.
 */
final class SingleExpression {

    private SingleExpression() {
    }

    /** What makes {@code sql} more than one expression ({@code ";"}, {@code "--"}, {@code "/*"}, an open quote). */
    static Optional<String> problem(String sql) {
        return scan(sql, false).or(() -> scan(sql, true));
    }

    private static Optional<String> scan(String sql, boolean backslashEscapes) {
        int pos = 0;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\'' || c == '"') {
                pos = endOfQuoted(sql, pos, backslashEscapes && c == '\'');
                if (pos < 0) {
                    return Optional.of("an unterminated " + c);
                }
            } else if (c == ';') {
                return Optional.of("a statement separator ;");
            } else if (sql.startsWith("--", pos) || sql.startsWith("/*", pos)) {
                return Optional.of("a comment " + sql.substring(pos, pos + 2));
            } else {
                pos++;
            }
        }
        return Optional.empty();
    }

    /** The index after the quoted run opening at {@code start}, or -1 if it never closes. */
    private static int endOfQuoted(String sql, int start, boolean backslashEscapes) {
        char quote = sql.charAt(start);
        int pos = start + 1;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (backslashEscapes && c == '\\') {
                pos += 2;
            } else if (c == quote && pos + 1 < sql.length() && sql.charAt(pos + 1) == quote) {
                pos += 2;
            } else if (c == quote) {
                return pos + 1;
            } else {
                pos++;
            }
        }
        return -1;
    }
}
