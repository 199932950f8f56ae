package dev.plumb.dialect.sql;

import dev.plumb.dialect.ReservedWords;
import dev.plumb.model.Identifier;
import dev.plumb.model.IdentifierCase;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides how an identifier is written in one dialect's SQL: bare and in lower case when that reads back as the
 * stored name (readable SQL, like Hibernate's), otherwise in double quotes. Words the dialect reserves ({@code order},
 * {@code user} everywhere, {@code value} and {@code year} on H2), mixed-case and non-folded names are quoted, so
 * {@code "order"} and {@code "Category"} round-trip exactly.
 */
public final class IdentifierQuoting {

    private static final Pattern BARE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final IdentifierCase identifierCase;
    private final ReservedWords reservedWords;
    private final char quote;

    /** Quoting with SQL's double quotes. */
    public IdentifierQuoting(IdentifierCase identifierCase, ReservedWords reservedWords) {
        this(identifierCase, reservedWords, '"');
    }

    /** @param quote the character the dialect quotes identifiers with ({@code `} on MariaDB) */
    public IdentifierQuoting(IdentifierCase identifierCase, ReservedWords reservedWords, char quote) {
        this.identifierCase = identifierCase;
        this.reservedWords = reservedWords;
        this.quote = quote;
    }

    public String quote(Identifier identifier) {
        String name = identifier.value();
        boolean bare = BARE.matcher(name).matches()
                && identifierCase.isFolded(identifier)
                && !reservedWords.contains(name);
        if (bare) {
            return identifierCase == IdentifierCase.PRESERVE ? name : name.toLowerCase(Locale.ROOT);
        }
        String q = String.valueOf(quote);
        return q + name.replace(q, q + q) + q;
    }

    /** How the dialect stores unquoted identifiers, for folding bare words before quoting them. */
    public IdentifierCase identifierCase() {
        return identifierCase;
    }
}
