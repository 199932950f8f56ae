package dev.plumb.dialect.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a token list into a tree of bracket groups, dropping the {@code ::type} casts PostgreSQL adds on its own.
 *
 * <p>A cast spans the type name with its multi-word forms ({@code character varying}, {@code double precision},
 * {@code timestamp without time zone}), its modifiers {@code (255)} and array brackets {@code []}. A quoted number
 * cast to a numeric type becomes the bare number again: PostgreSQL stores {@code default -1} as
 * {@code '-1'::integer}.
 *
 * <p>{@code cast(e as type)} is read as {@code (e)::type} first: H2 stores {@code x::bigint} as
 * {@code CAST("X" AS BIGINT)}, PostgreSQL stores {@code cast(x as bigint)} as {@code (x)::bigint}, and both mean the
 * same. The cast then follows the rules above like any other.
 */
final class SqlTree {

    private static final Set<String> TYPE_CONTINUATIONS = Set.of("varying", "precision", "with", "without", "time",
            "zone");
    private static final Set<String> NUMERIC_TYPES = Set.of("smallint", "integer", "int", "int2", "int4", "int8",
            "bigint", "numeric", "decimal", "real", "double", "float4", "float8");
    private static final Set<String> STRING_TYPES = Set.of("text", "character", "char", "varchar", "bpchar",
            "name", "regclass", "unknown");
    private static final Pattern NUMBER = Pattern.compile("'(-?[0-9]+(\\.[0-9]+)?)'");

    private SqlTree() {
    }

    static List<SqlNode> parse(String sql) {
        return group(withoutCasts(castsAsOperators(SqlTokenizer.tokenize(sql))));
    }

    /** {@code cast ( e as type )} becomes {@code ( e ) :: type}, innermost casts included. */
    private static List<SqlToken> castsAsOperators(List<SqlToken> tokens) {
        List<SqlToken> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int close = i + 1 < tokens.size() && tokens.get(i).isWord("cast") && tokens.get(i + 1).isSymbol("(")
                    ? closing(tokens, i + 1) : -1;
            int as = close < 0 ? -1 : topLevelAs(tokens, i + 2, close);
            if (as < 0) {
                out.add(tokens.get(i));
                continue;
            }
            out.add(SqlToken.symbol("("));
            out.addAll(castsAsOperators(tokens.subList(i + 2, as)));
            out.add(SqlToken.symbol(")"));
            out.add(SqlToken.symbol("::"));
            out.addAll(tokens.subList(as + 1, close));
            i = close;
        }
        return out;
    }

    /** The index of the bracket closing the one at {@code open}, or -1. */
    private static int closing(List<SqlToken> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) {
                depth++;
            } else if (tokens.get(i).isSymbol(")") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The last {@code as} between {@code from} and {@code to} outside nested brackets, or -1. */
    private static int topLevelAs(List<SqlToken> tokens, int from, int to) {
        int depth = 0;
        int found = -1;
        for (int i = from; i < to; i++) {
            SqlToken token = tokens.get(i);
            depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
            if (depth == 0 && token.isWord("as")) {
                found = i;
            }
        }
        return found;
    }

    private static List<SqlToken> withoutCasts(List<SqlToken> tokens) {
        List<SqlToken> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            SqlToken token = tokens.get(i);
            if (!token.isSymbol("::")) {
                out.add(token);
                i++;
                continue;
            }
            int typeStart = i + 1;
            int end = skipType(tokens, typeStart);
            if (typeStart < tokens.size() && !out.isEmpty() && (isImplicit(out, tokens.get(typeStart))
                    || isPromotion(out, tokens.subList(typeStart, end)))) {
                unquoteNumber(out, tokens.get(typeStart));
            } else {
                out.addAll(tokens.subList(i, end));
            }
            i = end;
        }
        return out;
    }

    /**
     * True for the promotion PostgreSQL adds when an integer expression meets a {@code numeric} or floating-point
     * operand: {@code amount <= status + 1000} with {@code amount numeric} is stored as
     * {@code amount <= ((status + 1000))::numeric}. Only a bare {@code numeric} or {@code double precision} after a
     * parenthesised expression counts; a cast with a precision says something and is kept.
     */
    private static boolean isPromotion(List<SqlToken> out, List<SqlToken> type) {
        if (!out.get(out.size() - 1).isSymbol(")")) {
            return false;
        }
        List<String> words = type.stream().map(SqlToken::lowerText).toList();
        return words.equals(List.of("numeric")) || words.equals(List.of("double", "precision"));
    }

    /**
     * True for the casts PostgreSQL adds on its own when it stores an expression: to a string type (a varchar
     * column compared as {@code text}, {@code regclass} in {@code nextval}), and on literals and arrays. A cast the
     * user wrote on a column ({@code (created)::date}) changes the meaning and is kept.
     */
    private static boolean isImplicit(List<SqlToken> out, SqlToken type) {
        if (type.kind() == SqlToken.Kind.WORD && STRING_TYPES.contains(type.lowerText())) {
            return true;
        }
        SqlToken last = out.get(out.size() - 1);
        if (last.kind() == SqlToken.Kind.STRING || last.kind() == SqlToken.Kind.NUMBER
                || last.isWord("null") || last.isSymbol("]")) {
            return true;
        }
        if (!last.isSymbol(")")) {
            return false;
        }
        int open = matchingOpen(out);
        List<SqlToken> content = out.subList(open + 1, out.size() - 1);
        return content.size() == 1 && (content.get(0).kind() == SqlToken.Kind.STRING
                || content.get(0).kind() == SqlToken.Kind.NUMBER)
                || !content.isEmpty() && content.get(0).isWord("array");
    }

    private static int matchingOpen(List<SqlToken> out) {
        int depth = 0;
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i).isSymbol(")")) {
                depth++;
            } else if (out.get(i).isSymbol("(") && --depth == 0) {
                return i;
            }
        }
        return 0;
    }

    /** Returns the index just past the type name that starts at {@code i}. */
    private static int skipType(List<SqlToken> tokens, int i) {
        if (i >= tokens.size()) {
            return i;
        }
        i++;
        while (i < tokens.size() && tokens.get(i).kind() == SqlToken.Kind.WORD
                && TYPE_CONTINUATIONS.contains(tokens.get(i).lowerText())) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).isSymbol("(")) {
            while (i < tokens.size() && !tokens.get(i).isSymbol(")")) {
                i++;
            }
            i++;
        }
        while (i + 1 < tokens.size() && tokens.get(i).isSymbol("[") && tokens.get(i + 1).isSymbol("]")) {
            i += 2;
        }
        return i;
    }

    /** Also for a parenthesised literal: {@code cast('1' as integer)} arrives here as {@code ('1')::integer}. */
    private static void unquoteNumber(List<SqlToken> out, SqlToken type) {
        int size = out.size();
        if (size >= 3 && out.get(size - 1).isSymbol(")") && out.get(size - 3).isSymbol("(")
                && out.get(size - 2).kind() == SqlToken.Kind.STRING) {
            SqlToken literal = out.get(size - 2);
            out.subList(size - 3, size).clear();
            out.add(literal);
        }
        SqlToken last = out.get(out.size() - 1);
        var matcher = NUMBER.matcher(last.text());
        if (last.kind() == SqlToken.Kind.STRING && matcher.matches()
                && NUMERIC_TYPES.contains(type.text().toLowerCase(Locale.ROOT))) {
            out.set(out.size() - 1, new SqlToken(SqlToken.Kind.NUMBER, matcher.group(1)));
        }
    }

    private static List<SqlNode> group(List<SqlToken> tokens) {
        Deque<List<SqlNode>> stack = new ArrayDeque<>();
        Deque<Character> opens = new ArrayDeque<>();
        List<SqlNode> current = new ArrayList<>();
        for (SqlToken token : tokens) {
            if (token.isSymbol("(") || token.isSymbol("[")) {
                stack.push(current);
                opens.push(token.text().charAt(0));
                current = new ArrayList<>();
            } else if (token.isSymbol(")") || token.isSymbol("]")) {
                char open = opens.isEmpty() ? ' ' : opens.pop();
                if (open != (token.isSymbol(")") ? '(' : '[')) {
                    throw new IllegalArgumentException("unbalanced brackets");
                }
                SqlGroup closed = new SqlGroup(open, current);
                current = stack.pop();
                current.add(closed);
            } else {
                current.add(token);
            }
        }
        if (!opens.isEmpty()) {
            throw new IllegalArgumentException("unbalanced brackets");
        }
        return current;
    }
}
