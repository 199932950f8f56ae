package dev.plumb.dialect.mariadb;

import dev.plumb.dialect.sql.SqlGroup;
import dev.plumb.dialect.sql.SqlNode;
import dev.plumb.dialect.sql.SqlToken;
import dev.plumb.dialect.sql.StoredForms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How MariaDB stores defaults: the current-time functions with parentheses. {@code default current_timestamp} reads
 * back as {@code current_timestamp()} and {@code now()} as {@code current_timestamp()}
 * (<a href="https://mariadb.com/kb/en/information-schema-columns-table/">COLUMNS.COLUMN_DEFAULT</a>, MariaDB
 * 10.2.3+), and {@code current_timestamp(6)} on a {@code datetime(6)} column whose default was written
 * {@code current_timestamp}; the canonical form is the bare SQL keyword (the precision follows the column's).
 */
final class MariaDbStoredForms implements StoredForms {

    private static final Set<String> TIME_FUNCTIONS = Set.of("current_timestamp", "now", "localtimestamp",
            "current_date", "curdate", "current_time", "curtime");

    /** On the tree as parsed: the parentheses of {@code current_timestamp(6)} are gone once simplified. */
    @Override
    public List<SqlNode> identifiers(List<SqlNode> nodes) {
        return timeKeywords(nodes);
    }

    @Override
    public List<SqlNode> rewrite(List<SqlNode> nodes, Function<SqlNode, String> key) {
        return nodes;
    }

    private static List<SqlNode> timeKeywords(List<SqlNode> nodes) {
        List<SqlNode> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            SqlNode node = nodes.get(i);
            SqlNode next = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
            if (node instanceof SqlToken word && word.kind() == SqlToken.Kind.WORD
                    && TIME_FUNCTIONS.contains(word.lowerText()) && next instanceof SqlGroup call
                    && call.isParenthesis() && (call.nodes().isEmpty() || word.lowerText().startsWith("current_t"))) {
                out.add(SqlToken.word(keyword(word.lowerText())));
                i++;
            } else {
                out.add(node instanceof SqlGroup g ? g.withNodes(timeKeywords(g.nodes())) : node);
            }
        }
        return out;
    }

    private static String keyword(String function) {
        return switch (function) {
            case "now", "localtimestamp" -> "current_timestamp";
            case "curdate" -> "current_date";
            case "curtime" -> "current_time";
            default -> function;
        };
    }
}
