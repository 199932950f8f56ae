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
 * How MariaDB stores defaults and checks (measured on MariaDB 10.11, {@code information_schema.COLUMNS.COLUMN_DEFAULT}
 * and {@code CHECK_CONSTRAINTS.CHECK_CLAUSE}), undone so that the written spelling compares equal:
 * <ul>
 *   <li>the current-time functions with parentheses: {@code default current_timestamp} reads back as
 *       {@code current_timestamp()}, {@code now()}, {@code localtimestamp} and {@code localtime} (all synonyms of
 *       {@code now()}) as {@code current_timestamp()}, and {@code current_timestamp(6)} on a {@code datetime(6)}
 *       column whose default was written {@code current_timestamp}; the canonical form is the bare SQL keyword (the
 *       precision follows the column's) (<a href="https://mariadb.com/kb/en/localtimestamp/">LOCALTIMESTAMP</a>,
 *       <a href="https://mariadb.com/kb/en/localtime/">LOCALTIME</a>);</li>
 *   <li>the type of a typed literal in upper case: {@code date '2020-01-01'} as {@code DATE'2020-01-01'};</li>
 *   <li>{@code cast(s as integer)} as {@code cast(s as signed)}: {@code INTEGER} is short for {@code SIGNED INTEGER}
 *       (<a href="https://mariadb.com/kb/en/cast/">CAST</a>);</li>
 *   <li>functions under their synonyms' names (see {@link #STORED_FUNCTIONS}; {@code substring(s from a for b)} as
 *       {@code substr(s, a, b)}) and {@code x % 2} as {@code x MOD 2};</li>
 *   <li>{@code true} and {@code false} as {@code 1} and {@code 0} ({@code b = true} reads back {@code b = 1}, and
 *       {@code not b} as {@code b = 0}), except in {@code is [not] true}: they are the integers 1 and 0 in MariaDB
 *       (<a href="https://mariadb.com/kb/en/boolean-literals/">Boolean literals</a>).</li>
 * </ul>
 */
final class MariaDbStoredForms implements StoredForms {

    private static final Set<String> TIME_FUNCTIONS = Set.of("current_timestamp", "now", "localtimestamp",
            "localtime", "current_date", "curdate", "current_time", "curtime");

    private static final Set<String> TYPED_LITERALS = Set.of("date", "time", "timestamp");

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
        return booleansAsIntegers(moduloAsSymbol(FunctionRewrites.rewrite(nodes, STORED_FUNCTIONS, false)));
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
            boolean call = next instanceof SqlGroup g && g.isParenthesis();
            if (node instanceof SqlToken word && word.kind() == SqlToken.Kind.WORD
                    && TIME_FUNCTIONS.contains(word.lowerText()) && (!call || ((SqlGroup) next).nodes().isEmpty()
                    || word.lowerText().startsWith("current_t") || word.lowerText().startsWith("local"))) {
                out.add(SqlToken.word(keyword(word.lowerText())));
                i += call ? 1 : 0;
            } else if (node instanceof SqlToken word && TYPED_LITERALS.contains(word.lowerText())
                    && next instanceof SqlToken literal && literal.kind() == SqlToken.Kind.STRING) {
                out.add(SqlToken.word(word.lowerText()));
            } else if (node instanceof SqlToken cast && cast.isSymbol("::") && next instanceof SqlToken type
                    && type.isWord("signed")) {
                out.addAll(List.of(cast, SqlToken.word("integer")));
                i += i + 2 < nodes.size() && nodes.get(i + 2) instanceof SqlToken t && t.isWord("integer") ? 2 : 1;
            } else {
                out.add(node instanceof SqlGroup g ? g.withNodes(timeKeywords(g.nodes())) : node);
            }
        }
        return out;
    }

    private static String keyword(String function) {
        return switch (function) {
            case "now", "localtimestamp", "localtime" -> "current_timestamp";
            case "curdate" -> "current_date";
            case "curtime" -> "current_time";
            default -> function;
        };
    }

    /** {@code true} as {@code 1}, {@code false} as {@code 0}, except after {@code is} or {@code is not}. */
    private static List<SqlNode> booleansAsIntegers(List<SqlNode> nodes) {
        List<SqlNode> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            SqlNode node = nodes.get(i);
            boolean afterIs = i > 0 && isWord(nodes.get(i - 1), "is")
                    || i > 1 && isWord(nodes.get(i - 1), "not") && isWord(nodes.get(i - 2), "is");
            if ((isWord(node, "true") || isWord(node, "false")) && !afterIs) {
                out.add(new SqlToken(SqlToken.Kind.NUMBER, isWord(node, "true") ? "1" : "0"));
            } else {
                out.add(node instanceof SqlGroup g ? g.withNodes(booleansAsIntegers(g.nodes())) : node);
            }
        }
        return out;
    }

    private static boolean isWord(SqlNode node, String word) {
        return node instanceof SqlToken t && t.isWord(word);
    }
}
