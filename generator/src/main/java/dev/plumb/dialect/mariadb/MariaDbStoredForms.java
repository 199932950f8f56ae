package dev.plumb.dialect.mariadb;

import dev.plumb.dialect.sql.FunctionRewrites;
import dev.plumb.dialect.sql.SqlGroup;
import dev.plumb.dialect.sql.SqlNode;
import dev.plumb.dialect.sql.SqlToken;
import dev.plumb.dialect.sql.StoredForms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How MariaDB stores defaults and checks. Defaults: the current-time functions with parentheses.
 * {@code default current_timestamp} reads back as {@code current_timestamp()} and {@code now()} as
 * {@code current_timestamp()}
 * (<a href="https://mariadb.com/kb/en/information-schema-columns-table/">COLUMNS.COLUMN_DEFAULT</a>, MariaDB 10.2.3+),
 * and {@code current_timestamp(6)} on a {@code datetime(6)} column whose default was written
 * {@code current_timestamp}; the canonical form is the bare SQL keyword (the precision follows the column's).
 * Checks: some functions under their synonyms' names and {@code %} as the word {@code MOD} (see
 * {@link #STORED_FUNCTIONS}).
 */
final class MariaDbStoredForms implements StoredForms {

    private static final Set<String> TIME_FUNCTIONS = Set.of("current_timestamp", "now", "localtimestamp",
            "current_date", "curdate", "current_time", "curtime");

    /**
     * Functions MariaDB stores under a synonym's name, measured on MariaDB 10.11 ({@code CHECK_CONSTRAINTS
     * .CHECK_CLAUSE}): {@code length(s)} as {@code octet_length(`s`)}, {@code character_length} as
     * {@code char_length}, {@code lower} / {@code upper} as {@code lcase} / {@code ucase}, {@code mid} and
     * {@code substring} as {@code substr}, {@code position('a' in s)} as {@code locate('a',`s`)}. The synonyms are
     * exact (https://mariadb.com/kb/en/length/ : LENGTH is OCTET_LENGTH unless sql_mode has ORACLE;
     * https://mariadb.com/kb/en/lcase/ , https://mariadb.com/kb/en/mid/ , https://mariadb.com/kb/en/position/).
     */
    private static final Map<String, String> STORED_FUNCTIONS = Map.of("length", "octet_length",
            "character_length", "char_length", "lower", "lcase", "upper", "ucase", "mid", "substr",
            "substring", "substr", "position", "locate");

    /** On the tree as parsed: the parentheses of {@code current_timestamp(6)} are gone once simplified. */
    @Override
    public List<SqlNode> identifiers(List<SqlNode> nodes) {
        return timeKeywords(nodes);
    }

    @Override
    public List<SqlNode> rewrite(List<SqlNode> nodes, Function<SqlNode, String> key) {
        return moduloAsSymbol(FunctionRewrites.rewrite(nodes, STORED_FUNCTIONS, false));
    }

    /**
     * MariaDB stores {@code a % b} as {@code a MOD b} (https://mariadb.com/kb/en/mod/ : the operator and the word are
     * one), and {@code mod} is no keyword of the shared expression grammar: the bare word between operands goes back
     * to the symbol. A column named {@code mod} is quoted (MariaDB reserves the word), a call {@code mod(a, b)} kept.
     */
    private static List<SqlNode> moduloAsSymbol(List<SqlNode> nodes) {
        List<SqlNode> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            SqlNode node = nodes.get(i);
            boolean call = i + 1 < nodes.size() && nodes.get(i + 1) instanceof SqlGroup group
                    && group.isParenthesis();
            if (i > 0 && !call && node instanceof SqlToken word && word.kind() == SqlToken.Kind.WORD
                    && word.lowerText().equals("mod")) {
                out.add(SqlToken.symbol("%"));
            } else {
                out.add(node instanceof SqlGroup g ? g.withNodes(moduloAsSymbol(g.nodes())) : node);
            }
        }
        return out;
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
