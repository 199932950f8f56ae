package dev.plumb.reader;

import java.util.Locale;
import java.util.Optional;

/**
 * A {@code columnDefinition} split into what the database stores separately. Hibernate hands the text over verbatim
 * as the column's SQL type ({@code "varchar(20) default 'none' not null"}) while the catalog reports a type, a
 * default and a nullability; comparing the whole text with the type would be a change on every generate.
 *
 * <p>Only {@code default ...} and {@code [not] null} at the top level (outside quotes and parentheses) are split
 * off; anything else stays part of the type.
 */
record ColumnDefinition(String type, Optional<String> defaultExpression, boolean notNull) {

    static ColumnDefinition parse(String definition) {
        String text = definition.strip();
        boolean notNull = false;
        int nullAt = keyword(text, "not null");
        if (nullAt >= 0 && text.substring(nullAt + "not null".length()).isBlank()) {
            notNull = true;
            text = text.substring(0, nullAt).strip();
        } else {
            int plainNull = keyword(text, "null");
            if (plainNull >= 0 && text.substring(plainNull + "null".length()).isBlank()
                    && keyword(text, "default") < 0) {
                text = text.substring(0, plainNull).strip();
            }
        }
        int defaultAt = keyword(text, "default");
        if (defaultAt < 0) {
            return new ColumnDefinition(text, Optional.empty(), notNull);
        }
        String expression = text.substring(defaultAt + "default".length()).strip();
        return new ColumnDefinition(text.substring(0, defaultAt).strip(),
                expression.isEmpty() ? Optional.empty() : Optional.of(expression), notNull);
    }

    /** Where the keyword starts as whole words at nesting depth zero, outside string literals; -1 if absent. */
    private static int keyword(String text, String keyword) {
        String lower = text.toLowerCase(Locale.ROOT);
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'' || c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && lower.startsWith(keyword, i) && boundary(lower, i - 1)
                    && boundary(lower, i + keyword.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean boundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index))
                && text.charAt(index) != '_';
    }
}
