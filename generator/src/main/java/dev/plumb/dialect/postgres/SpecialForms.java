package dev.plumb.dialect.postgres;

import dev.plumb.dialect.sql.SqlGroup;
import dev.plumb.dialect.sql.SqlNode;
import dev.plumb.dialect.sql.SqlToken;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's deparsed forms of SQL's special syntax, turned back into the syntax (one nesting level; the caller
 * recurses). Measured on PostgreSQL 15 with {@code pg_get_constraintdef}:
 * <ul>
 *   <li>{@code trim(s)} is stored as {@code TRIM(BOTH FROM s)};</li>
 *   <li>{@code s like 'A!_%' escape '!'} as {@code s ~~ like_escape('A!_%', '!')} ({@code ~~} is read as
 *       {@code like} before this runs);</li>
 *   <li>{@code s similar to 'A%'} as {@code s ~ similar_to_escape('A%')};</li>
 *   <li>{@code position('a' in s)} as {@code POSITION(('a') IN (s))}: the parentheses after {@code in} go.</li>
 * </ul>
 */
final class SpecialForms {

    private SpecialForms() {
    }

    static void rewrite(List<SqlNode> nodes) {
        for (int i = 0; i + 1 < nodes.size(); i++) {
            if (!(nodes.get(i + 1) instanceof SqlGroup call) || !call.isParenthesis()) {
                continue;
            }
            SqlNode node = nodes.get(i);
            if (isWord(node, "trim") && call.nodes().size() > 2 && isWord(call.nodes().get(0), "both")
                    && isWord(call.nodes().get(1), "from")) {
                nodes.set(i + 1, call.withNodes(call.nodes().subList(2, call.nodes().size())));
            } else if (isWord(node, "position")) {
                nodes.set(i + 1, call.withNodes(unwrapAfterIn(call.nodes())));
            } else if (isWord(node, "like_escape") && i > 0
                    && (isWord(nodes.get(i - 1), "like") || isWord(nodes.get(i - 1), "ilike"))) {
                replaceCall(nodes, i, List.of());
            } else if (isWord(node, "similar_to_escape") && i > 0 && isSymbol(nodes.get(i - 1), "~")) {
                nodes.set(i - 1, SqlToken.word("similar"));
                nodes.add(i, SqlToken.word("to"));
                replaceCall(nodes, i + 1, List.of());
            }
        }
    }

    /** {@code name(pattern[, escape])} becomes {@code pattern [escape escape]}. */
    private static void replaceCall(List<SqlNode> nodes, int i, List<SqlNode> prefix) {
        List<SqlNode> arguments = ((SqlGroup) nodes.get(i + 1)).nodes();
        List<SqlNode> replacement = new ArrayList<>(prefix);
        for (SqlNode argument : arguments) {
            replacement.add(isSymbol(argument, ",") ? SqlToken.word("escape") : argument);
        }
        nodes.subList(i, i + 2).clear();
        nodes.addAll(i, replacement);
    }

    private static List<SqlNode> unwrapAfterIn(List<SqlNode> arguments) {
        List<SqlNode> out = new ArrayList<>(arguments);
        for (int i = 0; i + 1 < out.size(); i++) {
            if (isWord(out.get(i), "in") && out.get(i + 1) instanceof SqlGroup g && g.isParenthesis()
                    && g.nodes().size() == 1) {
                out.set(i + 1, g.nodes().get(0));
            }
        }
        return out;
    }

    private static boolean isWord(SqlNode node, String word) {
        return node instanceof SqlToken t && t.isWord(word);
    }

    private static boolean isSymbol(SqlNode node, String symbol) {
        return node instanceof SqlToken t && t.isSymbol(symbol);
    }
}
