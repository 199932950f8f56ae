package dev.plumb.dialect.postgres;

import dev.plumb.dialect.sql.ParenthesisSimplifier;
import dev.plumb.dialect.sql.SqlGroup;
import dev.plumb.dialect.sql.SqlNode;
import dev.plumb.dialect.sql.SqlToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Rewrites PostgreSQL's deparsed forms back into the shorter SQL Hibernate writes, at every nesting level:
 * <ul>
 *   <li>{@code x = any (array[a, b])} becomes {@code x in (a, b)}, and {@code x <> all (array[a, b])} becomes
 *       {@code x not in (a, b)} (how PostgreSQL stores {@code in} / {@code not in} lists);</li>
 *   <li>{@code x >= a and x <= b} becomes {@code x between a and b} (how it stores {@code between}) when the pair
 *       stands on its own between boolean connectives;</li>
 *   <li>{@code x < a or x > b} becomes {@code x not between a and b} (how it stores {@code not between}) when the
 *       pair is the whole disjunction or stands between {@code or}s;</li>
 *   <li>{@code ~~}, {@code !~~}, {@code ~~*}, {@code !~~*} become {@code like}, {@code not like}, {@code ilike},
 *       {@code not ilike} (how it stores pattern matches);</li>
 *   <li>{@code trim}, {@code like ... escape}, {@code similar to}, {@code position} from their deparsed forms (see
 *       {@link SpecialForms});</li>
 *   <li>a typed literal {@code date '2020-01-01'} (also {@code time}, {@code timestamp}, {@code interval}) loses its
 *       type word: PostgreSQL stores it as {@code '2020-01-01'::date}, a literal cast the parser drops.</li>
 * </ul>
 * Both are exact equivalences, so applying them to the entity side too is harmless.
 */
final class ExpressionRewrites {

    private static final Map<String, List<String>> LIKE = Map.of("~~", List.of("like"), "!~~", List.of("not", "like"),
            "~~*", List.of("ilike"), "!~~*", List.of("not", "ilike"));

    private static final Set<String> TYPED_LITERALS = Set.of("date", "time", "timestamp", "interval");

    private ExpressionRewrites() {
    }

    static List<SqlNode> rewrite(List<SqlNode> nodes, Function<SqlNode, String> key) {
        List<SqlNode> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            SqlNode node = nodes.get(i);
            if (node instanceof SqlGroup g) {
                out.add(g.withNodes(rewrite(g.nodes(), key)));
            } else if (isTypedLiteral(node, i + 1 < nodes.size() ? nodes.get(i + 1) : null)) {
                continue;
            } else if (node instanceof SqlToken t && t.kind() == SqlToken.Kind.SYMBOL && LIKE.containsKey(t.text())) {
                LIKE.get(t.text()).forEach(word -> out.add(SqlToken.word(word)));
            } else {
                out.add(node);
            }
        }
        SpecialForms.rewrite(out);
        rewriteArrays(out);
        rewriteRanges(out, key);
        rewriteOutsideRanges(out, key);
        return out;
    }

    private static void rewriteArrays(List<SqlNode> nodes) {
        for (int i = 1; i + 2 < nodes.size(); i++) {
            boolean any = isSymbol(nodes.get(i), "=") && isWord(nodes.get(i + 1), "any");
            boolean all = isSymbol(nodes.get(i), "<>") && isWord(nodes.get(i + 1), "all");
            if ((any || all) && nodes.get(i + 2) instanceof SqlGroup g && g.isParenthesis() && g.nodes().size() == 2
                    && isWord(g.nodes().get(0), "array") && g.nodes().get(1) instanceof SqlGroup items
                    && !items.isParenthesis()) {
                List<SqlNode> replacement = new ArrayList<>();
                if (all) {
                    replacement.add(SqlToken.word("not"));
                }
                replacement.add(SqlToken.word("in"));
                replacement.add(new SqlGroup('(', items.nodes()));
                nodes.subList(i, i + 3).clear();
                nodes.addAll(i, replacement);
            }
        }
    }

    /** Pattern {@code X >= A and X <= B}, seven nodes, bounded by connectives or the ends of the sequence. */
    private static void rewriteRanges(List<SqlNode> nodes, Function<SqlNode, String> key) {
        for (int i = 0; i + 6 < nodes.size(); i++) {
            boolean bounded = (i == 0 || isWord(nodes.get(i - 1), "or")
                    || isWord(nodes.get(i - 1), "and") && !ParenthesisSimplifier.isBetweenAnd(nodes, i - 1))
                    && (i + 7 == nodes.size() || isWord(nodes.get(i + 7), "and") || isWord(nodes.get(i + 7), "or"));
            if (bounded && isPair(nodes, i, key, ">=", "and", "<=")) {
                replacePair(nodes, i, List.of(SqlToken.word("between")));
            }
        }
    }

    private static boolean isTypedLiteral(SqlNode node, SqlNode next) {
        return node instanceof SqlToken t && t.kind() == SqlToken.Kind.WORD && TYPED_LITERALS.contains(t.lowerText())
                && next instanceof SqlToken literal && literal.kind() == SqlToken.Kind.STRING;
    }

    /** Pattern {@code X < A or X > B}, seven nodes, bounded by {@code or} or the ends of the sequence. */
    private static void rewriteOutsideRanges(List<SqlNode> nodes, Function<SqlNode, String> key) {
        for (int i = 0; i + 6 < nodes.size(); i++) {
            boolean bounded = (i == 0 || isWord(nodes.get(i - 1), "or"))
                    && (i + 7 == nodes.size() || isWord(nodes.get(i + 7), "or"));
            if (bounded && isPair(nodes, i, key, "<", "or", ">")) {
                replacePair(nodes, i, List.of(SqlToken.word("not"), SqlToken.word("between")));
            }
        }
    }

    /** {@code X low A connective X high B} at {@code i}, with the same {@code X} and single-token bounds. */
    private static boolean isPair(List<SqlNode> nodes, int i, Function<SqlNode, String> key, String low, String connective,
                                  String high) {
        return isSymbol(nodes.get(i + 1), low) && isWord(nodes.get(i + 3), connective)
                && isSymbol(nodes.get(i + 5), high)
                && key.apply(nodes.get(i)).equals(key.apply(nodes.get(i + 4)))
                && nodes.get(i + 2) instanceof SqlToken && nodes.get(i + 6) instanceof SqlToken;
    }

    /** The seven nodes of a pair at {@code i} become {@code X <operator> A and B}. */
    private static void replacePair(List<SqlNode> nodes, int i, List<SqlNode> operator) {
        List<SqlNode> replacement = new ArrayList<>(List.of(nodes.get(i)));
        replacement.addAll(operator);
        replacement.addAll(List.of(nodes.get(i + 2), SqlToken.word("and"), nodes.get(i + 6)));
        nodes.subList(i, i + 7).clear();
        nodes.addAll(i, replacement);
    }

    private static boolean isSymbol(SqlNode node, String symbol) {
        return node instanceof SqlToken t && t.isSymbol(symbol);
    }

    private static boolean isWord(SqlNode node, String word) {
        return node instanceof SqlToken t && t.isWord(word);
    }
}
