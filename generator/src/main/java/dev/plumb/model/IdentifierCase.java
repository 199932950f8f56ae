package dev.plumb.model;

import java.util.Locale;

/**
 * How a dialect stores unquoted identifiers. SQL says upper case (H2 follows it); PostgreSQL folds to lower case.
 */
public enum IdentifierCase {
    LOWER,
    UPPER;

    /** The stored form of a name written in SQL, quoted or not. */
    public Identifier fold(String name, boolean quoted) {
        if (quoted) {
            return new Identifier(name);
        }
        return new Identifier(this == LOWER ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT));
    }

    /** True when the stored name reads back unchanged if written without quotes (ignoring reserved words). */
    public boolean isFolded(Identifier identifier) {
        return fold(identifier.value(), false).equals(identifier);
    }
}
