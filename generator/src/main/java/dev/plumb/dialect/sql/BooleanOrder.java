package dev.plumb.dialect.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Puts the operands of {@code or} and {@code and} chains in a fixed (textual) order, at every nesting level: H2
 * reorders them when it stores a condition ({@code a >= 0 and a <= 9 or a = -1} comes back as
 * {@code a = -1 or (...)}), and the order does not change what a check accepts. The {@code and} of
 * {@code between ... and ...} is not a connective. Sequences with commas or {@code case}/{@code select} are left
 * alone.
 */
final class BooleanOrder {

    private static final Set<String> OPAQUE = Set.of("case", "when", "select", "from", "where", "over");

    private BooleanOrder() {
    }

    static List<SqlNode> order(List<SqlNode> nodes, Function<List<SqlNode>, String> printer) {
        List<SqlNode> out = new ArrayList<>();
        for (SqlNode node : nodes) {
            out.add(node instanceof SqlGroup g ? g.withNodes(order(g.nodes(), printer)) : node);
        }
        if (isOpaque(out)) {
            return out;
        }
        List<List<SqlNode>> disjuncts = split(out, "or");
        List<List<SqlNode>> ordered = new ArrayList<>();
        for (List<SqlNode> disjunct : disjuncts) {
            ordered.add(join(sorted(split(disjunct, "and"), printer), "and"));
        }
        return join(sorted(ordered, printer), "or");
    }

    private static boolean isOpaque(List<SqlNode> nodes) {
        return nodes.stream().anyMatch(n -> n instanceof SqlToken t
                && (t.isSymbol(",") || t.kind() == SqlToken.Kind.WORD && OPAQUE.contains(t.lowerText())));
    }

    private static List<List<SqlNode>> split(List<SqlNode> nodes, String connective) {
        List<List<SqlNode>> parts = new ArrayList<>();
        List<SqlNode> current = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            boolean separator = nodes.get(i) instanceof SqlToken t && t.isWord(connective)
                    && !(connective.equals("and") && ParenthesisSimplifier.isBetweenAnd(nodes, i));
            if (separator) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(nodes.get(i));
            }
        }
        parts.add(current);
        return parts;
    }

    private static List<List<SqlNode>> sorted(List<List<SqlNode>> parts, Function<List<SqlNode>, String> printer) {
        if (parts.stream().anyMatch(List::isEmpty)) {
            return parts;
        }
        return parts.stream().sorted(Comparator.comparing(printer)).toList();
    }

    private static List<SqlNode> join(List<List<SqlNode>> parts, String connective) {
        List<SqlNode> out = new ArrayList<>();
        for (List<SqlNode> part : parts) {
            if (!out.isEmpty()) {
                out.add(SqlToken.word(connective));
            }
            out.addAll(part);
        }
        return out;
    }
}
