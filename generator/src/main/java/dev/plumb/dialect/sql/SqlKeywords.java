package dev.plumb.dialect.sql;

import dev.plumb.dialect.ReservedWords;

import java.util.Locale;
import java.util.Set;

/**
 * The bare words of an expression that are SQL keywords rather than identifiers: the words of
 * {@code expression-keywords.txt} (every word a supported dialect reserves: in the text a database stores, such a word
 * bare can only be the keyword) plus a few non-reserved ones that appear in conditions and defaults. Keywords print in
 * lower case and are never folded or quoted. Which identifiers a dialect must quote is its own list's business, see
 * {@link ReservedWords}.
 */
public final class SqlKeywords {

    private static final Set<String> EXPRESSION_KEYWORDS =
            ReservedWords.readWords(SqlKeywords.class, "expression-keywords.txt");

    private static final Set<String> NON_RESERVED = Set.of("escape", "nulls", "unknown", "isnull", "notnull");

    /** Keywords that take a parenthesised argument list like a function: printed without a space before it. */
    private static final Set<String> FUNCTION_LIKE = Set.of("cast", "coalesce", "nullif", "greatest", "least",
            "extract", "position", "substring", "trim", "overlay", "row", "left", "right", "exists");

    private SqlKeywords() {
    }

    public static boolean isKeyword(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return EXPRESSION_KEYWORDS.contains(lower) || NON_RESERVED.contains(lower);
    }

    static boolean isFunctionLike(String word) {
        return FUNCTION_LIKE.contains(word.toLowerCase(Locale.ROOT));
    }
}
