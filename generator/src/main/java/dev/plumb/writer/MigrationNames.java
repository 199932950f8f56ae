package dev.plumb.writer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Versions and names of migration classes. A version is the UTC time {@code yyyyMMddHHmmss}, so that file order is
 * apply order and two developers rarely collide; it is bumped past the newest existing migration in the package and
 * in the history, so that a new migration always sorts after every one made or applied before it.
 */
public final class MigrationNames {

    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
    private static final Pattern MIGRATION_FILE = Pattern.compile("V(\\d+)__\\w+\\.java");
    private static final Pattern NUMERIC = Pattern.compile("\\d+");
    /** Between {@code dT} in {@code AddTable} and between {@code UT} in {@code SKUTo}. */
    private static final Pattern CAMEL_HUMP =
            Pattern.compile("(?<=[\\p{Ll}\\d])(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

    private MigrationNames() {
    }

    /** The version for a migration made at {@code now}, later than every {@code V<version>__*.java} in the directory. */
    public static String nextVersion(Instant now, Path packageDirectory) {
        return nextVersion(now, packageDirectory, List.of());
    }

    /**
     * The version for a migration made at {@code now}: its UTC time, or one more than the newest numeric version in
     * the directory ({@code V<version>__*.java}) or in {@code otherVersions} (the history) when that is not older.
     * Call it under a {@link VersionReservation}, so that two processes never compute the same one.
     */
    public static String nextVersion(Instant now, Path packageDirectory, Collection<String> otherVersions) {
        BigInteger candidate = new BigInteger(VERSION.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC)));
        Optional<BigInteger> newest = Stream.concat(existingVersions(packageDirectory).stream(),
                        otherVersions.stream().filter(v -> NUMERIC.matcher(v).matches()).map(BigInteger::new))
                .max(BigInteger::compareTo);
        if (newest.isPresent() && candidate.compareTo(newest.get()) <= 0) {
            candidate = newest.get().add(BigInteger.ONE);
        }
        return candidate.toString();
    }

    /** {@code "add custom domain"}, {@code "add_custom_domain"} and {@code "AddCustomDomain"} all give {@code AddCustomDomain}. */
    public static String camelCase(String name) {
        StringBuilder result = new StringBuilder();
        for (String word : words(name)) {
            result.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        if (result.length() == 0) {
            throw new IllegalArgumentException("a migration name needs at least one letter or digit: '" + name + "'");
        }
        return result.toString();
    }

    /** The human description of a name: {@code AddCustomDomain} gives {@code Add custom domain}. */
    public static String humanize(String name) {
        List<String> words = new ArrayList<>();
        for (String word : words(name)) {
            for (String hump : CAMEL_HUMP.split(word)) {
                boolean acronym = hump.length() > 1 && hump.equals(hump.toUpperCase(Locale.ROOT));
                words.add(acronym ? hump : hump.toLowerCase(Locale.ROOT));
            }
        }
        String joined = String.join(" ", words);
        return joined.isEmpty() ? joined : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    private static List<String> words(String name) {
        return Stream.of(name.split("[^\\p{L}\\p{Nd}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static List<BigInteger> existingVersions(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> MIGRATION_FILE.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> new BigInteger(m.group(1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
