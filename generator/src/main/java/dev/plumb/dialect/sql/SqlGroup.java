package dev.plumb.dialect.sql;

import java.util.List;

/** A parenthesised {@code ( ... )} or bracketed {@code [ ... ]} group; {@code open} is {@code '('} or {@code '['}. */
public record SqlGroup(char open, List<SqlNode> nodes) implements SqlNode {

    public SqlGroup {
        nodes = List.copyOf(nodes);
    }

    public boolean isParenthesis() {
        return open == '(';
    }

    char close() {
        return open == '(' ? ')' : ']';
    }

    public SqlGroup withNodes(List<SqlNode> newNodes) {
        return new SqlGroup(open, newNodes);
    }

    /** True when the group holds a comma at its own level (an argument or value list, a row constructor). */
    boolean hasTopLevelComma() {
        return nodes.stream().anyMatch(n -> n instanceof SqlToken t && t.isSymbol(","));
    }
}
