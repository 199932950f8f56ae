package dev.plumb.dialect.sql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Rewrites of comparisons with literals that PostgreSQL or H2 apply when they store a condition, applied at every
 * nesting level. Each is an exact equivalence, so applying it to the written side too is harmless:
 * <ul>
 *   <li>{@code x in (a)} becomes {@code x = a} and {@code x not in (a)} becomes {@code x <> a} (a one-element list;
 *       PostgreSQL and H2 both store it that way);</li>
 *   <li>{@code x between a and a} becomes {@code x = a} (H2; what Hibernate writes for an {@code ORDINAL} enum with
 *       one constant);</li>
 *   <li>a run of {@code x = a or x = b or x in (c, d)} on the same {@code x} becomes {@code x in (a, b, c, d)} (H2
 *       merges adjacent disjuncts; disjuncts between them on another column stop the run, as in H2);</li>
 *   <li>a number compared with something, or standing alone (a default), is written by value:
 *       {@code 1e2} and {@code 1E+2} become {@code 100}, {@code 0.0} becomes {@code 0}. H2 casts a literal compared
 *       with a {@code double precision} column to {@code DECFLOAT}, dropping trailing zeros ({@code f >= 0.0} comes
 *       back as {@code CAST(0 AS DECFLOAT)}); PostgreSQL stores {@code 1e2} as {@code '100'::numeric}. Inside
 *       arithmetic the spelling stays, since {@code x / 2} and {@code x / 2.0} differ.</li>
 * </ul>
 */
final class LiteralRewrites {

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "<", ">", "<=", ">=");
    private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "%", "||", "::", "^");

    private LiteralRewrites() {
    }

    static List<SqlNode> rewrite(List<SqlNode> nodes, Function<List<SqlNode>, String> printer) {
        List<SqlNode> out = new ArrayList<>();
        for (SqlNode node : nodes) {
            out.add(node instanceof SqlGroup g ? g.withNodes(rewrite(g.nodes(), printer)) : node);
        }
        singleElementLists(out);
        equalBounds(out, printer);
        numbersByValue(out);
        return mergedEqualities(out, printer);
    }

    private static void singleElementLists(List<SqlNode> nodes) {
        for (int i = 1; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof SqlToken in && in.isWord("in")
                    && i + 1 < nodes.size() && nodes.get(i + 1) instanceof SqlGroup list && list.isParenthesis()
                    && list.nodes().size() == 1 && list.nodes().get(0) instanceof SqlToken value
                    && value.kind() != SqlToken.Kind.WORD) {
                boolean negated = nodes.get(i - 1) instanceof SqlToken not && not.isWord("not");
                int start = negated ? i - 1 : i;
                nodes.subList(start, i + 2).clear();
                nodes.addAll(start, List.of(SqlToken.symbol(negated ? "<>" : "="), value));
                i = start;
            }
        }
    }

    /** {@code between A and A}, both bounds single tokens with the same canonical text: {@code = A}. */
    private static void equalBounds(List<SqlNode> nodes, Function<List<SqlNode>, String> printer) {
        for (int i = 1; i + 3 < nodes.size(); i++) {
            if (isWord(nodes.get(i), "between") && !isWord(nodes.get(i - 1), "not")
                    && nodes.get(i + 1) instanceof SqlToken low && isWord(nodes.get(i + 2), "and")
                    && nodes.get(i + 3) instanceof SqlToken high
                    && printer.apply(List.of(low)).equals(printer.apply(List.of(high)))) {
                nodes.subList(i, i + 4).clear();
                nodes.addAll(i, List.of(SqlToken.symbol("="), low));
            }
        }
    }

    private static void numbersByValue(List<SqlNode> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof SqlToken number && number.kind() == SqlToken.Kind.NUMBER
                    && (nodes.size() == 1 || isComparedLiteral(nodes, i))) {
                nodes.set(i, new SqlToken(SqlToken.Kind.NUMBER, byValue(number.text())));
            }
        }
    }

    /** Next to a comparison operator (or a bound of {@code between}), and not an operand of arithmetic. */
    private static boolean isComparedLiteral(List<SqlNode> nodes, int i) {
        SqlNode previous = i > 0 ? nodes.get(i - 1) : null;
        SqlNode next = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
        if (isArithmetic(previous) || isArithmetic(next)) {
            return false;
        }
        boolean afterComparison = previous instanceof SqlToken p && (p.kind() == SqlToken.Kind.SYMBOL
                && COMPARISONS.contains(p.text()) || p.isWord("between")
                || p.isWord("and") && ParenthesisSimplifier.isBetweenAnd(nodes, i - 1));
        boolean beforeComparison = next instanceof SqlToken n && n.kind() == SqlToken.Kind.SYMBOL
                && COMPARISONS.contains(n.text());
        return afterComparison || beforeComparison;
    }

    private static boolean isArithmetic(SqlNode node) {
        return node instanceof SqlToken t && t.kind() == SqlToken.Kind.SYMBOL && ARITHMETIC.contains(t.text());
    }

    private static String byValue(String number) {
        try {
            BigDecimal value = new BigDecimal(number).stripTrailingZeros();
            return value.signum() == 0 ? "0" : value.toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }

    /** Adjacent disjuncts {@code X = literal} / {@code X in (literals)} on the same {@code X}, merged into one list. */
    private static List<SqlNode> mergedEqualities(List<SqlNode> nodes, Function<List<SqlNode>, String> printer) {
        List<List<SqlNode>> disjuncts = disjuncts(nodes);
        if (disjuncts.size() < 2) {
            return nodes;
        }
        List<SqlNode> out = new ArrayList<>();
        String runKey = null;
        List<SqlNode> runValues = new ArrayList<>();
        SqlNode runOperand = null;
        for (List<SqlNode> disjunct : disjuncts) {
            List<SqlNode> values = literalValues(disjunct);
            String key = values.isEmpty() ? null : printer.apply(List.of(disjunct.get(0)));
            if (key != null && key.equals(runKey)) {
                runValues.addAll(values);
                continue;
            }
            flush(out, runOperand, runValues);
            if (key == null) {
                appendDisjunct(out, disjunct);
                runKey = null;
                runOperand = null;
                runValues = new ArrayList<>();
            } else {
                runKey = key;
                runOperand = disjunct.get(0);
                runValues = new ArrayList<>(values);
            }
        }
        flush(out, runOperand, runValues);
        return out;
    }

    /** The top-level {@code or} operands, or a single one when the level is not a plain disjunction. */
    private static List<List<SqlNode>> disjuncts(List<SqlNode> nodes) {
        List<List<SqlNode>> parts = new ArrayList<>();
        List<SqlNode> current = new ArrayList<>();
        for (SqlNode node : nodes) {
            if (node instanceof SqlToken t && (t.isSymbol(",") || t.isWord("case") || t.isWord("select"))) {
                return List.of(nodes);
            }
            if (isWord(node, "or")) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(node);
            }
        }
        parts.add(current);
        return parts.stream().anyMatch(List::isEmpty) ? List.of(nodes) : parts;
    }

    /** The literals of {@code X = literal} or {@code X in (literal, ...)} with {@code X} one token; else empty. */
    private static List<SqlNode> literalValues(List<SqlNode> disjunct) {
        if (disjunct.size() == 3 && disjunct.get(0) instanceof SqlToken && disjunct.get(1) instanceof SqlToken eq
                && eq.isSymbol("=") && isLiteral(disjunct.get(2))) {
            return List.of(disjunct.get(2));
        }
        if (disjunct.size() == 3 && disjunct.get(0) instanceof SqlToken && isWord(disjunct.get(1), "in")
                && disjunct.get(2) instanceof SqlGroup list && list.isParenthesis()) {
            List<SqlNode> values = new ArrayList<>();
            for (int i = 0; i < list.nodes().size(); i++) {
                SqlNode item = list.nodes().get(i);
                boolean ok = i % 2 == 0 ? isLiteral(item) : item instanceof SqlToken c && c.isSymbol(",");
                if (!ok) {
                    return List.of();
                }
                if (i % 2 == 0) {
                    values.add(item);
                }
            }
            return values;
        }
        return List.of();
    }

    private static void flush(List<SqlNode> out, SqlNode operand, List<SqlNode> values) {
        if (operand == null) {
            return;
        }
        List<SqlNode> disjunct = new ArrayList<>(List.of(operand));
        if (values.size() == 1) {
            disjunct.addAll(List.of(SqlToken.symbol("="), values.get(0)));
        } else {
            List<SqlNode> list = new ArrayList<>();
            for (SqlNode value : values) {
                if (!list.isEmpty()) {
                    list.add(SqlToken.symbol(","));
                }
                list.add(value);
            }
            disjunct.addAll(List.of(SqlToken.word("in"), new SqlGroup('(', list)));
        }
        appendDisjunct(out, disjunct);
    }

    private static void appendDisjunct(List<SqlNode> out, List<SqlNode> disjunct) {
        if (!out.isEmpty()) {
            out.add(SqlToken.word("or"));
        }
        out.addAll(disjunct);
    }

    private static boolean isLiteral(SqlNode node) {
        return node instanceof SqlToken t && (t.kind() == SqlToken.Kind.STRING || t.kind() == SqlToken.Kind.NUMBER);
    }

    private static boolean isWord(SqlNode node, String word) {
        return node instanceof SqlToken t && t.isWord(word);
    }
}
