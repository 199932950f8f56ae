package dev.plumb.dialect.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a SQL expression into tokens. String literals keep their exact text (doubled quotes included), quoted
 * identifiers (in double quotes, or MariaDB's backticks) are unescaped, whitespace and comments are dropped, and a minus sign directly before a number is
 * folded into the number when it cannot be a binary operator ({@code between -1 and 1}, {@code default -5}). A plus
 * sign in that place is dropped (H2 stores {@code x > +1} as {@code x > 1}, PostgreSQL as {@code x > (+ 1)}), and
 * {@code !=} is read as {@code <>}, the only spelling either database stores.
 */
final class SqlTokenizer {

    private static final Set<String> TWO_CHAR_SYMBOLS = Set.of("::", "<=", ">=", "<>", "!=", "||", "~~", "~*", "!~");
    /** PostgreSQL's deparsed pattern-matching operators, longest first. */
    private static final List<String> LONG_SYMBOLS = List.of("!~~*", "~~*", "!~~");

    private final String sql;
    private final List<SqlToken> tokens = new ArrayList<>();
    private int pos;

    private SqlTokenizer(String sql) {
        this.sql = sql;
    }

    static List<SqlToken> tokenize(String sql) {
        SqlTokenizer tokenizer = new SqlTokenizer(sql);
        tokenizer.run();
        return tokenizer.tokens;
    }

    private void run() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (sql.startsWith("--", pos)) {
                int end = sql.indexOf('\n', pos);
                pos = end < 0 ? sql.length() : end;
            } else if (c == '\'') {
                tokens.add(new SqlToken(SqlToken.Kind.STRING, quoted('\'', true)));
            } else if (c == '"' || c == '`') {
                String raw = quoted(c, false);
                String doubled = String.valueOf(c).repeat(2);
                tokens.add(new SqlToken(SqlToken.Kind.QUOTED_IDENTIFIER, raw.replace(doubled, String.valueOf(c))));
            } else if (Character.isLetter(c) || c == '_') {
                tokens.add(SqlToken.word(take(SqlTokenizer::isWordChar)));
            } else if (isNumberStart(c)) {
                tokens.add(new SqlToken(SqlToken.Kind.NUMBER, number()));
            } else if (c == '+' && unaryPlusBeforeNumber()) {
                pos++;
            } else if (c == '-' && pos + 1 < sql.length() && isNumberStart(sql.charAt(pos + 1)) && minusIsUnary()) {
                pos++;
                tokens.add(new SqlToken(SqlToken.Kind.NUMBER, "-" + number()));
            } else {
                tokens.add(SqlToken.symbol(symbol()));
            }
        }
    }

    /** Reads a quoted run starting at the opening quote; a doubled quote is part of the text. */
    private String quoted(char quote, boolean keepQuotes) {
        int start = pos;
        pos++;
        while (pos < sql.length()) {
            if (sql.charAt(pos) == quote) {
                if (pos + 1 < sql.length() && sql.charAt(pos + 1) == quote) {
                    pos += 2;
                    continue;
                }
                pos++;
                return keepQuotes ? sql.substring(start, pos) : sql.substring(start + 1, pos - 1);
            }
            pos++;
        }
        throw new IllegalArgumentException("unterminated " + quote + " in: " + sql);
    }

    private String number() {
        int start = pos;
        while (pos < sql.length() && (Character.isDigit(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < sql.length() && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E')) {
            int exponent = pos + 1;
            if (exponent < sql.length() && (sql.charAt(exponent) == '+' || sql.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < sql.length() && Character.isDigit(sql.charAt(exponent))) {
                pos = exponent;
                while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                    pos++;
                }
            }
        }
        return sql.substring(start, pos).toLowerCase(java.util.Locale.ROOT);
    }

    private String symbol() {
        for (String symbol : LONG_SYMBOLS) {
            if (sql.startsWith(symbol, pos)) {
                pos += symbol.length();
                return symbol;
            }
        }
        if (pos + 1 < sql.length() && TWO_CHAR_SYMBOLS.contains(sql.substring(pos, pos + 2))) {
            pos += 2;
            String symbol = sql.substring(pos - 2, pos);
            return symbol.equals("!=") ? "<>" : symbol;
        }
        return String.valueOf(sql.charAt(pos++));
    }

    private String take(java.util.function.IntPredicate accept) {
        int start = pos;
        while (pos < sql.length() && accept.test(sql.charAt(pos))) {
            pos++;
        }
        return sql.substring(start, pos);
    }

    private boolean isNumberStart(char c) {
        return Character.isDigit(c)
                || (c == '.' && pos + 1 < sql.length() && Character.isDigit(sql.charAt(pos + 1)));
    }

    /** A plus that is a sign, before a number, possibly after white space. */
    private boolean unaryPlusBeforeNumber() {
        int next = pos + 1;
        while (next < sql.length() && Character.isWhitespace(sql.charAt(next))) {
            next++;
        }
        return next < sql.length() && Character.isDigit(sql.charAt(next)) && minusIsUnary();
    }

    /** A minus is a sign (not subtraction) at the start, after an operator or opening bracket, or after a keyword. */
    private boolean minusIsUnary() {
        if (tokens.isEmpty()) {
            return true;
        }
        SqlToken previous = tokens.get(tokens.size() - 1);
        return switch (previous.kind()) {
            case SYMBOL -> !previous.text().equals(")") && !previous.text().equals("]");
            case WORD -> previous.isKeyword();
            default -> false;
        };
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
