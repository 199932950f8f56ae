package dev.plumb.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A name exactly as the database stores it: after the dialect's case folding of unquoted names
 * (PostgreSQL folds to lower case, H2 to upper case), quotes removed.
 *
 * <p>Keeping the stored form, not the spelling in the entity, is what lets a name read from Hibernate and the same
 * name read from the catalog compare equal. Whether a name must be quoted is decided only when SQL is rendered.
 */
public record Identifier(String value) implements Comparable<Identifier> {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public Identifier {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("an identifier cannot be empty");
        }
    }

    public static Identifier of(String value) {
        return new Identifier(value);
    }

    @Override
    public int compareTo(Identifier other) {
        return value.compareTo(other.value);
    }

    /**
     * The name for humans (change lists, messages), the same whatever the dialect's folding: a plain name stored in
     * one case reads in lower case ({@code BOOK} and {@code book} both read {@code book}); any other name is quoted
     * ({@code "Category"}). Never used to build SQL: renderers quote for their dialect.
     */
    @Override
    public String toString() {
        boolean singleCase = value.equals(value.toUpperCase(Locale.ROOT)) || value.equals(value.toLowerCase(Locale.ROOT));
        return PLAIN.matcher(value).matches() && singleCase
                ? value.toLowerCase(Locale.ROOT)
                : '"' + value + '"';
    }
}
