package dev.plumb.dialect.postgres;

import dev.plumb.dialect.sql.SqlGroup;
import dev.plumb.dialect.sql.SqlNode;
import dev.plumb.dialect.sql.SqlToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the bare words of a PostgreSQL-deparsed expression that PostgreSQL does not reserve, but the canonicalizer's
 * expression keywords hold because H2 reserves them, back into the identifiers they are.
 *
 * <p>{@code pg_get_constraintdef} quotes a column name only when PostgreSQL itself reserves it, so a column
 * {@code "value"} comes back as {@code ((value)::text = ANY (...))}, while Hibernate writes {@code "value" in (...)}.
 * Read as the keyword {@code value}, the two never compare equal and the check is dropped and re-added on every
 * generate. These words are never syntax in a table's check or default on PostgreSQL (unlike {@code year},
 * {@code between} or {@code interval}, which are left alone), so as operands they can only be identifiers.
 */
final class PostgresBareIdentifiers {

    /** Expression keywords (see {@code SqlKeywords}) that PostgreSQL 15 lists as unreserved ({@code pg_get_keywords()} category U). */
    private static final Set<String> WORDS = Set.of("_rowid_", "current_path", "groups", "if", "key", "minus",
            "qualify", "regexp", "rownum", "top", "value");

    private PostgresBareIdentifiers() {
    }

    static List<SqlNode> requote(List<SqlNode> nodes) {
        List<SqlNode> out = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            SqlNode node = nodes.get(i);
            boolean call = i + 1 < nodes.size() && nodes.get(i + 1) instanceof SqlGroup g && g.isParenthesis();
            if (node instanceof SqlToken t && t.kind() == SqlToken.Kind.WORD && !call
                    && WORDS.contains(t.lowerText())) {
                out.add(new SqlToken(SqlToken.Kind.QUOTED_IDENTIFIER, t.lowerText()));
            } else {
                out.add(node instanceof SqlGroup g ? g.withNodes(requote(g.nodes())) : node);
            }
        }
        return out;
    }
}
