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

    public IdentifierQuoting(IdentifierCase identifierCase, ReservedWords reservedWords) {
        this.identifierCase = identifierCase;
        this.reservedWords = reservedWords;
    }

    public String quote(Identifier identifier) {
        String name = identifier.value();
        boolean bare = BARE.matcher(name).matches()
                && identifierCase.isFolded(identifier)
                && !reservedWords.contains(name);
        return bare ? name.toLowerCase(Locale.ROOT) : '"' + name.replace("\"", "\"\"") + '"';
    }

    /** How the dialect stores unquoted identifiers, for folding bare words before quoting them. */
    public IdentifierCase identifierCase() {
        return identifierCase;
    }
}
