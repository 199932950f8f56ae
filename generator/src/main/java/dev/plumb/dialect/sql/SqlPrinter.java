package dev.plumb.dialect.sql;

import dev.plumb.model.Identifier;
import dev.plumb.model.IdentifierCase;

import java.util.List;

/**
 * Prints an expression tree in canonical layout: keywords and function names in lower case, identifiers folded with
 * the dialect's case and re-quoted by {@link IdentifierQuoting}, literals verbatim, one space between tokens except
 * inside brackets, before commas and {@code [}, around dots and {@code ::}, and between a function name and its
 * arguments.
 */
final class SqlPrinter {

    private final IdentifierCase identifierCase;
    private final IdentifierQuoting quoting;
    private final StringBuilder out = new StringBuilder();
    private boolean noSpaceNext = true;

    private SqlPrinter(IdentifierQuoting quoting) {
        this.identifierCase = quoting.identifierCase();
        this.quoting = quoting;
    }

    static String print(List<SqlNode> nodes, IdentifierQuoting quoting) {
        SqlPrinter printer = new SqlPrinter(quoting);
        printer.sequence(nodes);
        return printer.out.toString();
    }

    private void sequence(List<SqlNode> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            SqlNode node = nodes.get(i);
            SqlNode next = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
            if (node instanceof SqlGroup group) {
                groupNode(group);
            } else {
                token((SqlToken) node, next instanceof SqlGroup g && g.isParenthesis());
            }
        }
    }

    private void groupNode(SqlGroup group) {
        if (group.open() == '[') {
            noSpaceNext = true;
        }
        append(String.valueOf(group.open()), false);
        noSpaceNext = true;
        sequence(group.nodes());
        out.append(group.close());
        noSpaceNext = false;
    }

    private void token(SqlToken token, boolean beforeParenthesis) {
        switch (token.kind()) {
            case STRING, NUMBER -> append(token.text(), true);
            case QUOTED_IDENTIFIER -> append(quoting.quote(new Identifier(token.text())), true);
            case SYMBOL -> symbol(token.text());
            case WORD -> word(token, beforeParenthesis);
            default -> throw new IllegalStateException();
        }
        boolean functionCall = beforeParenthesis && (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER
                || (token.kind() == SqlToken.Kind.WORD
                && (!token.isKeyword() || SqlKeywords.isFunctionLike(token.text()))));
        noSpaceNext = noSpaceNext || functionCall || token.isWord("array");
    }

    private void word(SqlToken token, boolean beforeParenthesis) {
        if (token.isKeyword() || beforeParenthesis) {
            append(token.lowerText(), true);
        } else {
            append(quoting.quote(identifierCase.fold(token.text(), false)), true);
        }
    }

    private void symbol(String symbol) {
        switch (symbol) {
            case "," -> {
                out.append(',');
                noSpaceNext = false;
            }
            case ".", "::" -> {
                out.append(symbol);
                noSpaceNext = true;
            }
            default -> append(symbol, true);
        }
    }

    /** Appends with a separating space unless suppressed; {@code resetAfter} re-enables the space for what follows. */
    private void append(String text, boolean resetAfter) {
        if (!noSpaceNext && !out.isEmpty()) {
            out.append(' ');
        }
        out.append(text);
        noSpaceNext = !resetAfter;
    }
}
