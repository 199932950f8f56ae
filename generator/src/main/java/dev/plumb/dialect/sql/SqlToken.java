package dev.plumb.dialect.sql;

import java.util.Locale;

/**
 * One lexical token of a SQL expression. {@code text} is verbatim for string literals (quotes included), numbers and
 * symbols, the unescaped name for quoted identifiers, and the source spelling for bare words.
 */
public record SqlToken(Kind kind, String text) implements SqlNode {

    public enum Kind { STRING, QUOTED_IDENTIFIER, WORD, NUMBER, SYMBOL }

    public static SqlToken symbol(String text) {
        return new SqlToken(Kind.SYMBOL, text);
    }

    public static SqlToken word(String text) {
        return new SqlToken(Kind.WORD, text);
    }

    public boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** True for a bare word equal to {@code word}, ignoring case. */
    public boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    public boolean isKeyword() {
        return kind == Kind.WORD && SqlKeywords.isKeyword(text);
    }

    public String lowerText() {
        return text.toLowerCase(Locale.ROOT);
    }
}
