package dev.plumb.dialect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words one database does not accept as a bare identifier, so {@link dev.plumb.dialect.sql.IdentifierQuoting}
 * quotes them. Each dialect keeps its own list in a {@code reserved-words.txt} next to its classes, taken from the
 * database's documentation (PostgreSQL's appendix "SQL Key Words", H2's "Keywords / Reserved Words"): quoting by
 * another database's list either breaks the SQL ({@code value} bare on H2) or quotes names the database reads bare.
 */
public final class ReservedWords {

    private static final String RESOURCE = "reserved-words.txt";

    private final Set<String> words;

    private ReservedWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The list in {@code reserved-words.txt} in the package of {@code dialectClass}: one lower-case word a line. */
    public static ReservedWords of(Class<?> dialectClass) {
        return new ReservedWords(readWords(dialectClass, RESOURCE));
    }

    /** True when {@code word}, in any case, is reserved. */
    public boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The words, lower case, for tests that try each of them on the real database. */
    public Set<String> words() {
        return words;
    }

    /** Non-empty lines of a word-list resource next to {@code anchor}, {@code #} starting a comment line. */
    public static Set<String> readWords(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " of " + anchor.getPackageName()
                        + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
