package dev.plumb.model;

import java.util.Locale;

/**
 * How a dialect stores unquoted identifiers. SQL says upper case (H2 follows it); PostgreSQL folds to lower case;
 * MariaDB and MySQL keep the case as written ({@link #PRESERVE}, see
 * <a href="https://mariadb.com/kb/en/identifier-case-sensitivity/">identifier case sensitivity</a>).
 */
public enum IdentifierCase {
    LOWER,
    UPPER,
    /** Names are stored as written, quoted or not. */
    PRESERVE;

    /** The stored form of a name written in SQL, quoted or not. */
    public Identifier fold(String name, boolean quoted) {
        if (quoted || this == PRESERVE) {
            return new Identifier(name);
        }
        return new Identifier(this == LOWER ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT));
    }

    /** True when the stored name reads back unchanged if written without quotes (ignoring reserved words). */
    public boolean isFolded(Identifier identifier) {
        return fold(identifier.value(), false).equals(identifier);
    }
}
