package dev.plumb.dialect.sql;

import dev.plumb.dialect.IdentifierQuoting;

import java.util.Locale;
import java.util.Set;

/**
 * The bare words of an expression that are SQL keywords rather than identifiers: every word reserved in a supported
 * dialect (it cannot be a bare identifier anywhere, so bare it must be the keyword) plus a few non-reserved ones
 * that appear in conditions and defaults. Keywords print in lower case and are never folded or quoted.
 */
final class SqlKeywords {

    private static final Set<String> NON_RESERVED = Set.of("escape", "nulls", "unknown", "isnull", "notnull");

    /** Keywords that take a parenthesised argument list like a function: printed without a space before it. */
    private static final Set<String> FUNCTION_LIKE = Set.of("cast", "coalesce", "nullif", "greatest", "least",
            "extract", "position", "substring", "trim", "overlay", "row", "left", "right", "exists");

    private SqlKeywords() {
    }

    static boolean isKeyword(String word) {
        return IdentifierQuoting.isReserved(word) || NON_RESERVED.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isFunctionLike(String word) {
        return FUNCTION_LIKE.contains(word.toLowerCase(Locale.ROOT));
    }
}
