package dev.plumb.model;

import java.util.Objects;

/**
 * A name exactly as the database stores it: after the dialect's case folding of unquoted names
 * (PostgreSQL folds to lower case, H2 to upper case), quotes removed.
 *
 * <p>Keeping the stored form, not the spelling in the entity, is what lets a name read from Hibernate and the same
 * name read from the catalog compare equal. Whether a name must be quoted is decided only when SQL is rendered.
 */
public record Identifier(String value) implements Comparable<Identifier> {

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

    @Override
    public String toString() {
        return value;
    }
}
