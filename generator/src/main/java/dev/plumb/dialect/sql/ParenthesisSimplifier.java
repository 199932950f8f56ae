package dev.plumb.dialect.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes parentheses that change nothing, innermost first:
 * <ul>
 *   <li>{@code ((x))} becomes {@code (x)} (unless the inner group is a list or row, {@code ((a, b))});</li>
 *   <li>{@code (x)} around one identifier or literal becomes {@code x}, except after a function name or a keyword
 *       that takes a list ({@code nextval('s')}, {@code in ('A', 'B')}, {@code any (...)} keep theirs);</li>
 *   <li>a parenthesised predicate without {@code and}/{@code or} that is itself an operand of {@code and},
 *       {@code or} or {@code not} loses its parentheses: comparisons, {@code in}, {@code is}, {@code like} bind
 *       tighter than the boolean connectives, so {@code (a >= 0) and (a <= 2)} is {@code a >= 0 and a <= 2}; so
 *       does a predicate between {@code when} and {@code then};</li>
 *   <li>parentheses around arithmetic whose operators bind at least as tightly as those next to it
 *       ({@code ((x * 2) + 1) > 3} is {@code x * 2 + 1 > 3}; both databases store arithmetic fully parenthesised),
 *       but not where the order of evaluation changes the result ({@code x - (1 - x)}, {@code (x + 1) * 2});</li>
 *   <li>a parenthesised arithmetic expression (no comparison, connective or comma inside) that is a whole side of a
 *       comparison loses its parentheses: arithmetic binds tighter than comparison, so PostgreSQL's
 *       {@code amount <= (status + 1000)} is {@code amount <= status + 1000}.</li>
 * </ul>
 */
public final class ParenthesisSimplifier {

    private static final Set<String> CONNECTIVES = Set.of("and", "or");
    /** Binding strength of arithmetic operators, as in both PostgreSQL and H2; higher binds tighter. */
    private static final Map<String, Integer> ARITHMETIC = Map.of("||", 1, "+", 2, "-", 2, "*", 3, "/", 3, "%", 3,
            "::", 5);
    /** A leading sign binds tighter than multiplication, in both databases. */
    private static final int UNARY = 4;
    private static final Set<String> LIST_KEYWORDS = Set.of("in", "any", "all", "some", "exists", "values", "array",
            "over", "filter", "within", "using");

    private ParenthesisSimplifier() {
    }

    public static List<SqlNode> simplify(List<SqlNode> nodes) {
        List<SqlNode> out = new ArrayList<>();
        for (SqlNode node : nodes) {
            out.add(node instanceof SqlGroup g ? g.withNodes(simplify(g.nodes())) : node);
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof SqlGroup group && group.isParenthesis()) {
                List<SqlNode> replacement = unwrap(group, i == 0 ? null : out.get(i - 1), out, i);
                out.remove(i);
                out.addAll(i, replacement);
                i += replacement.size() - 1;
            }
        }
        return out;
    }

    /** Removes parentheses around a whole expression, however deeply nested. */
    public static List<SqlNode> unwrapOuter(List<SqlNode> nodes) {
        List<SqlNode> current = nodes;
        while (current.size() == 1 && current.get(0) instanceof SqlGroup g && g.isParenthesis()) {
            current = g.nodes();
        }
        return current;
    }

    private static List<SqlNode> unwrap(SqlGroup group, SqlNode previous, List<SqlNode> siblings, int index) {
        List<SqlNode> inner = group.nodes();
        if (inner.size() == 1 && inner.get(0) instanceof SqlGroup nested && nested.isParenthesis()
                && !nested.hasTopLevelComma()) {
            return List.of(nested);
        }
        if (inner.size() == 1 && inner.get(0) instanceof SqlToken && !needsParentheses(previous)) {
            return inner;
        }
        SqlNode next = index + 1 < siblings.size() ? siblings.get(index + 1) : null;
        if (isPredicate(inner) && isBooleanOperand(siblings, index, previous) && isConnectiveOrEnd(next)) {
            return inner;
        }
        if (isArithmetic(inner) && isComparisonSide(siblings, index, previous, next)) {
            return inner;
        }
        if (!needsParentheses(previous) && !inner.isEmpty() && !group.hasTopLevelComma()
                && bindsTighter(inner, previous, next)) {
            return inner;
        }
        if (isConjunction(inner) && (previous == null || isWord(previous, "or"))
                && (next == null || isWord(next, "or"))) {
            return inner;
        }
        return List.of(group);
    }

    /** After a function name, {@code in}, {@code any} and the like, parentheses are syntax, not grouping. */
    private static boolean needsParentheses(SqlNode previous) {
        if (!(previous instanceof SqlToken t)) {
            return false;
        }
        if (t.kind() == SqlToken.Kind.QUOTED_IDENTIFIER) {
            return true;
        }
        if (t.kind() != SqlToken.Kind.WORD) {
            return false;
        }
        return !t.isKeyword() || LIST_KEYWORDS.contains(t.lowerText()) || SqlKeywords.isFunctionLike(t.text());
    }

    private static boolean isPredicate(List<SqlNode> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof SqlToken t && t.kind() == SqlToken.Kind.WORD
                    && CONNECTIVES.contains(t.lowerText()) && !(t.isWord("and") && isBetweenAnd(nodes, i))) {
                return false;
            }
        }
        return !nodes.isEmpty()
                && nodes.stream().noneMatch(n -> n instanceof SqlToken t && t.isSymbol(","))
                && nodes.stream().anyMatch(n -> n instanceof SqlToken t && isPredicateOperator(t));
    }

    private static boolean isPredicateOperator(SqlToken token) {
        if (token.kind() == SqlToken.Kind.SYMBOL) {
            return Set.of("=", "<>", "!=", "<", ">", "<=", ">=").contains(token.text());
        }
        return token.kind() == SqlToken.Kind.WORD
                && Set.of("in", "is", "like", "ilike", "between", "similar").contains(token.lowerText());
    }

    private static boolean isBooleanOperand(List<SqlNode> siblings, int index, SqlNode previous) {
        if (previous == null) {
            return true;
        }
        if (!(previous instanceof SqlToken t) || t.kind() != SqlToken.Kind.WORD) {
            return false;
        }
        if (t.isWord("or") || t.isWord("not") || t.isWord("when")) {
            return true;
        }
        return t.isWord("and") && !isBetweenAnd(siblings, index - 1);
    }

    /** {@code a and b} without a top-level {@code or}: an operand of {@code or} needs no parentheses around it. */
    private static boolean isConjunction(List<SqlNode> nodes) {
        boolean and = false;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof SqlToken t && (t.isWord("or") || t.isSymbol(",") || t.isWord("case")
                    || t.isWord("select"))) {
                return false;
            }
            and |= isWord(nodes.get(i), "and") && !isBetweenAnd(nodes, i);
        }
        return and;
    }

    private static boolean isWord(SqlNode node, String word) {
        return node instanceof SqlToken t && t.isWord(word);
    }

    /** True when the {@code and} at {@code andIndex} is the second half of {@code x between a and b}. */
    public static boolean isBetweenAnd(List<SqlNode> siblings, int andIndex) {
        for (int i = andIndex - 1; i >= 0; i--) {
            if (siblings.get(i) instanceof SqlToken t && t.kind() == SqlToken.Kind.WORD) {
                if (t.isWord("between")) {
                    return true;
                }
                if (t.isWord("and") || t.isWord("or")) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Terms joined by arithmetic operators only; a function call or a cast inside is fine. */
    private static boolean isArithmetic(List<SqlNode> nodes) {
        return !nodes.isEmpty() && nodes.stream().noneMatch(n -> n instanceof SqlToken t
                && (isPredicateOperator(t) || t.isSymbol(",") || t.kind() == SqlToken.Kind.WORD
                && (CONNECTIVES.contains(t.lowerText()) || t.isWord("not") || t.isWord("between"))));
    }

    /**
     * The group is one whole side of a comparison: a comparison operator on one side of it, and on the other the
     * start or end of the expression or a connective.
     */
    private static boolean isComparisonSide(List<SqlNode> siblings, int index, SqlNode previous, SqlNode next) {
        boolean afterComparison = previous instanceof SqlToken p && p.kind() == SqlToken.Kind.SYMBOL
                && isPredicateOperator(p);
        boolean beforeComparison = next instanceof SqlToken n && n.kind() == SqlToken.Kind.SYMBOL
                && isPredicateOperator(n);
        return afterComparison && isConnectiveOrEnd(next)
                || beforeComparison && isBooleanOperand(siblings, index, previous);
    }

    private static boolean isConnectiveOrEnd(SqlNode next) {
        return next == null || next instanceof SqlToken t && (t.isWord("and") || t.isWord("or") || t.isWord("then"));
    }

    /**
     * True when {@code inner} is arithmetic only and its loosest operator binds more tightly than the operator
     * before the group and at least as tightly as the one after it (operators of one level associate to the left).
     * Anything that is not an arithmetic operator around the group (a comparison, a keyword, the ends) binds
     * loosest; {@code ::} and {@code [} bind tightest.
     */
    private static boolean bindsTighter(List<SqlNode> inner, SqlNode previous, SqlNode next) {
        int from = 0;
        int loosest = Integer.MAX_VALUE;
        if (inner.get(0) instanceof SqlToken first && first.kind() == SqlToken.Kind.SYMBOL) {
            if (!first.isSymbol("-") && !first.isSymbol("+")) {
                return false;
            }
            from = 1;
            loosest = UNARY;
        }
        for (int i = from; i < inner.size(); i++) {
            SqlNode node = inner.get(i);
            if (node instanceof SqlToken t && t.kind() == SqlToken.Kind.SYMBOL) {
                Integer level = ARITHMETIC.get(t.text());
                if (level == null) {
                    return false;
                }
                loosest = Math.min(loosest, level);
            } else if (node instanceof SqlToken t && t.kind() == SqlToken.Kind.WORD && t.isKeyword()
                    && !SqlKeywords.isFunctionLike(t.text()) && !t.isWord("null") && !t.isWord("true")
                    && !t.isWord("false")) {
                return false;
            }
        }
        return loosest > level(previous) && loosest >= level(next);
    }

    private static int level(SqlNode neighbour) {
        if (neighbour instanceof SqlGroup g && !g.isParenthesis()) {
            return Integer.MAX_VALUE;
        }
        if (!(neighbour instanceof SqlToken t) || t.kind() != SqlToken.Kind.SYMBOL) {
            return 0;
        }
        return ARITHMETIC.getOrDefault(t.text(), 0);
    }
}
