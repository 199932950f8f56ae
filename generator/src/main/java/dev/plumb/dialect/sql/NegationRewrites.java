package dev.plumb.dialect.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pushes a {@code not} that starts a predicate into it, as H2 does when it stores a condition (PostgreSQL keeps
 * {@code NOT (x = 1)}), at every nesting level. Each is an exact equivalence, also for {@code null}:
 * <ul>
 *   <li>{@code not x = 1} becomes {@code x <> 1}, and likewise {@code <>}, {@code <}, {@code >}, {@code <=},
 *       {@code >=};</li>
 *   <li>{@code not x in (...)}, {@code not x like p}, {@code not x between a and b} become {@code x not in (...)},
 *       {@code x not like p}, {@code x not between a and b}; {@code not x is null} becomes {@code x is not null};</li>
 *   <li>{@code not b} on a single column becomes {@code b = false}.</li>
 * </ul>
 * Runs after redundant parentheses are gone, so {@code not (x = 1)} arrives as {@code not x = 1}.
 */
final class NegationRewrites {

    private static final Map<String, String> NEGATED = Map.of("=", "<>", "<>", "=", "<", ">=", ">", "<=",
            "<=", ">", ">=", "<");
    private static final Set<String> NEGATABLE_WORDS = Set.of("in", "like", "ilike", "between");
    private static final Set<String> PREDICATE_STARTS = Set.of("and", "or", "when", "not");

    private NegationRewrites() {
    }

    static List<SqlNode> rewrite(List<SqlNode> nodes) {
        List<SqlNode> out = new ArrayList<>();
        for (SqlNode node : nodes) {
            out.add(node instanceof SqlGroup g ? g.withNodes(rewrite(g.nodes())) : node);
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof SqlToken not && not.isWord("not") && startsPredicate(out, i)) {
                int end = predicateEnd(out, i + 1);
                List<SqlNode> negated = negate(out.subList(i + 1, end));
                if (negated != null) {
                    out.subList(i, end).clear();
                    out.addAll(i, negated);
                }
            }
        }
        return out;
    }

    private static boolean startsPredicate(List<SqlNode> nodes, int i) {
        return i == 0 || nodes.get(i - 1) instanceof SqlToken t && t.kind() == SqlToken.Kind.WORD
                && PREDICATE_STARTS.contains(t.lowerText()) && !ParenthesisSimplifier.isBetweenAnd(nodes, i - 1);
    }

    /** The index after the predicate starting at {@code from}: the next connective or {@code then}, or the end. */
    private static int predicateEnd(List<SqlNode> nodes, int from) {
        for (int i = from; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof SqlToken t && (t.isWord("or") || t.isWord("then") || t.isWord("else")
                    || t.isWord("end") || t.isWord("and") && !ParenthesisSimplifier.isBetweenAnd(nodes, i))) {
                return i;
            }
        }
        return nodes.size();
    }

    /** The negated predicate, or null when its shape is not one of the above. */
    private static List<SqlNode> negate(List<SqlNode> predicate) {
        if (predicate.stream().anyMatch(n -> isWord(n, "not"))) {
            return null;
        }
        if (predicate.size() == 1 && predicate.get(0) instanceof SqlToken column
                && (column.kind() == SqlToken.Kind.QUOTED_IDENTIFIER || column.kind() == SqlToken.Kind.WORD
                && !column.isKeyword())) {
            return List.of(column, SqlToken.symbol("="), SqlToken.word("false"));
        }
        for (int i = 1; i < predicate.size(); i++) {
            if (!(predicate.get(i) instanceof SqlToken t)) {
                continue;
            }
            List<SqlNode> negated = new ArrayList<>(predicate);
            if (t.kind() == SqlToken.Kind.SYMBOL && NEGATED.containsKey(t.text())) {
                negated.set(i, SqlToken.symbol(NEGATED.get(t.text())));
                return negated;
            }
            if (t.kind() == SqlToken.Kind.WORD && NEGATABLE_WORDS.contains(t.lowerText())) {
                negated.add(i, SqlToken.word("not"));
                return negated;
            }
            if (t.isWord("is") && i + 1 < predicate.size() && isWord(predicate.get(i + 1), "null")) {
                negated.add(i + 1, SqlToken.word("not"));
                return negated;
            }
            if (t.kind() == SqlToken.Kind.WORD && t.isKeyword() || t.kind() == SqlToken.Kind.SYMBOL
                    && !Set.of(".", "::", "+", "-", "*", "/", "%", "||").contains(t.text())) {
                return null;
            }
        }
        return null;
    }

    private static boolean isWord(SqlNode node, String word) {
        return node instanceof SqlToken t && t.isWord(word);
    }
}
