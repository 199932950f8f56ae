package dev.plumb.dialect.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rewrites that both databases apply when they store a condition, applied at every nesting level:
 * <ul>
 *   <li>{@code x in (a)} becomes {@code x = a} and {@code x not in (a)} becomes {@code x <> a} (a one-element list;
 *       PostgreSQL and H2 both store it that way);</li>
 *   <li>{@code cast(5 as numeric(1))} becomes {@code 5}: H2 wraps number literals compared with a {@code numeric}
 *       column in a cast to exactly the literal's precision, which changes nothing.</li>
 * </ul>
 */
final class LiteralRewrites {

    private static final Set<String> EXACT_NUMERIC = Set.of("numeric", "decimal", "decfloat");

    private LiteralRewrites() {
    }

    static List<SqlNode> rewrite(List<SqlNode> nodes) {
        List<SqlNode> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            SqlNode node = nodes.get(i);
            SqlNode next = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
            if (node instanceof SqlToken t && t.isWord("cast") && next instanceof SqlGroup g && isLiteralCast(g)) {
                out.add(g.nodes().get(0));
                i++;
            } else {
                out.add(node instanceof SqlGroup g ? g.withNodes(rewrite(g.nodes())) : node);
            }
        }
        singleElementLists(out);
        return out;
    }

    /** {@code (<number> as numeric(...))}. */
    private static boolean isLiteralCast(SqlGroup group) {
        List<SqlNode> inner = group.nodes();
        return group.isParenthesis() && inner.size() >= 3
                && inner.get(0) instanceof SqlToken literal && literal.kind() == SqlToken.Kind.NUMBER
                && inner.get(1) instanceof SqlToken as && as.isWord("as")
                && inner.get(2) instanceof SqlToken type && type.kind() == SqlToken.Kind.WORD
                && EXACT_NUMERIC.contains(type.lowerText());
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
}
