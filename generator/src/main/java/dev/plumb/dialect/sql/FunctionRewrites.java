package dev.plumb.dialect.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Function spellings a database replaces by its own when it stores an expression, for a dialect's {@link StoredForms}
 * to apply to both sides: a function renamed ({@code length(s)} to {@code char_length(s)}; the {@code in} of
 * {@code position(a in b)} and the {@code from} and {@code for} of {@code substring(s from a for b)} become commas
 * when it is renamed, {@code locate(a, b)}, {@code substr(s, a, b)}), a call without arguments replaced by a keyword
 * ({@code now()} to {@code localtimestamp}), and optionally the {@code %} operator written as {@code mod(a, b)}.
 * Applied at every nesting level.
 */
public final class FunctionRewrites {

    private FunctionRewrites() {
    }

    /**
     * @param aliases          lower-case function name to the name the database stores; a target that is a keyword
     *                         replaces a call without arguments ({@code now()}) by that keyword
     * @param moduloAsFunction true to write {@code a % b} as {@code mod(a, b)}
     */
    public static List<SqlNode> rewrite(List<SqlNode> nodes, Map<String, String> aliases, boolean moduloAsFunction) {
        List<SqlNode> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            SqlNode node = nodes.get(i);
            SqlNode next = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
            if (node instanceof SqlToken word && word.kind() == SqlToken.Kind.WORD && next instanceof SqlGroup call
                    && call.isParenthesis() && aliases.containsKey(word.lowerText())) {
                String target = aliases.get(word.lowerText());
                out.add(SqlToken.word(target));
                if (!(call.nodes().isEmpty() && SqlKeywords.isKeyword(target))) {
                    out.add(call.withNodes(inAsComma(rewrite(call.nodes(), aliases, moduloAsFunction))));
                }
                i++;
            } else {
                out.add(node instanceof SqlGroup g ? g.withNodes(rewrite(g.nodes(), aliases, moduloAsFunction)) : node);
            }
        }
        return moduloAsFunction ? modulo(out) : out;
    }

    /**
     * {@code position(a in b)} renamed to {@code locate} takes its arguments as {@code (a, b)}, and
     * {@code substring(s from a for b)} renamed to {@code substr} as {@code (s, a, b)}.
     */
    private static List<SqlNode> inAsComma(List<SqlNode> arguments) {
        return arguments.stream().map(n -> n instanceof SqlToken t && (t.isWord("in") || t.isWord("from")
                || t.isWord("for")) ? SqlToken.symbol(",") : n).toList();
    }

    /** {@code a % b} with each operand one node, or a function name and its arguments: {@code mod(a, b)}. */
    private static List<SqlNode> modulo(List<SqlNode> nodes) {
        List<SqlNode> out = new ArrayList<>(nodes);
        for (int i = 1; i + 1 < out.size(); i++) {
            if (!(out.get(i) instanceof SqlToken t && t.isSymbol("%"))) {
                continue;
            }
            int start = isCall(out, i - 2) ? i - 2 : i - 1;
            int end = isCall(out, i + 1) ? i + 3 : i + 2;
            List<SqlNode> arguments = new ArrayList<>(out.subList(start, i));
            arguments.add(SqlToken.symbol(","));
            arguments.addAll(out.subList(i + 1, end));
            out.subList(start, end).clear();
            out.addAll(start, List.of(SqlToken.word("mod"), new SqlGroup('(', arguments)));
            i = start;
        }
        return out;
    }

    private static boolean isCall(List<SqlNode> nodes, int i) {
        return i >= 0 && i + 1 < nodes.size() && nodes.get(i) instanceof SqlToken t
                && t.kind() == SqlToken.Kind.WORD && nodes.get(i + 1) instanceof SqlGroup g && g.isParenthesis()
                && !t.lowerText().toLowerCase(Locale.ROOT).equals("in");
    }
}
