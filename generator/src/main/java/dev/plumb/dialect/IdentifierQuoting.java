package dev.plumb.dialect;

import dev.plumb.model.Identifier;
import dev.plumb.model.IdentifierCase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides how an identifier is written in SQL: bare and in lower case when that reads back as the stored name
 * (readable SQL, like Hibernate's), otherwise in double quotes. {@code order}, {@code user}, mixed-case and
 * non-folded names are always quoted, so {@code "order"} and {@code "Category"} round-trip exactly.
 */
public final class IdentifierQuoting {

    private static final Pattern BARE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> RESERVED = loadReservedWords();

    private final IdentifierCase identifierCase;

    public IdentifierQuoting(IdentifierCase identifierCase) {
        this.identifierCase = identifierCase;
    }

    public String quote(Identifier identifier) {
        String name = identifier.value();
        boolean bare = BARE.matcher(name).matches()
                && identifierCase.isFolded(identifier)
                && !isReserved(name);
        return bare ? name.toLowerCase(Locale.ROOT) : '"' + name.replace("\"", "\"\"") + '"';
    }

    /** True for words that cannot be used as a bare identifier in at least one supported dialect. */
    public static boolean isReserved(String word) {
        return RESERVED.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> loadReservedWords() {
        try (InputStream in = IdentifierQuoting.class.getResourceAsStream("reserved-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("reserved-words.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
