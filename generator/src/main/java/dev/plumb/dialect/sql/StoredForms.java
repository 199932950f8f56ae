package dev.plumb.dialect.sql;

import java.util.List;
import java.util.function.Function;

/**
 * How one database stores an expression differently from how Hibernate writes it, as rewrites of the parsed tree
 * that a dialect hands to {@link ExpressionCanonicalizer} (PostgreSQL's deparsed {@code = any (array[...])}, H2's
 * {@code char_length} for {@code length}). Only exact equivalences belong here: they run on both sides of a
 * comparison.
 */
public interface StoredForms {

    /** A database that stores expressions as written. */
    StoredForms AS_WRITTEN = (nodes, key) -> nodes;

    /** Runs first, on the tree as parsed, before redundant parentheses go: bare words that are identifiers here. */
    default List<SqlNode> identifiers(List<SqlNode> nodes) {
        return nodes;
    }

    /**
     * Runs once redundant parentheses are gone, before negations and literals are normalized.
     *
     * @param key how two nodes compare: their canonical printed form
     */
    List<SqlNode> rewrite(List<SqlNode> nodes, Function<SqlNode, String> key);
}
