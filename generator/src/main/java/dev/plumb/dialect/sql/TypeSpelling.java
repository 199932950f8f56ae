package dev.plumb.dialect.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type spelling taken apart: base name ({@code character varying}), modifiers ({@code 255} or {@code 19, 2}),
 * time-zone clause and array dimensions, in lower case with single spaces. Parses both Hibernate's spellings and
 * the catalogs', e.g. {@code timestamp(6) without time zone}, {@code TIMESTAMP(6) WITH TIME ZONE}, {@code text[]}.
 *
 * @param base        the type name, lower case, e.g. {@code double precision}
 * @param modifiers   the numbers in parentheses, empty when there are none
 * @param withTimeZone true for {@code with time zone}
 * @param arrayDims   the number of {@code []} (or {@code array}) suffixes
 */
public record TypeSpelling(String base, List<Long> modifiers, boolean withTimeZone, int arrayDims) {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern SHAPE = Pattern.compile(
            "([a-z_][a-z0-9_ ]*?)\\s*(?:\\(\\s*([0-9]+(?:\\s*,\\s*[0-9]+)?)\\s*\\))?\\s*(with time zone|without time zone)?");

    public TypeSpelling {
        modifiers = List.copyOf(modifiers);
    }

    /** The parsed spelling, or empty when it has another shape (left as it is by the normalizers). */
    public static Optional<TypeSpelling> parse(String raw) {
        String text = collapseSpaces(raw.trim().toLowerCase(Locale.ROOT));
        int dims = 0;
        while (true) {
            if (text.endsWith("[]")) {
                text = text.substring(0, text.length() - 2).trim();
            } else if (text.endsWith(" array")) {
                text = text.substring(0, text.length() - " array".length()).trim();
            } else {
                break;
            }
            dims++;
        }
        Matcher matcher = SHAPE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<Long> modifiers = new ArrayList<>();
        if (matcher.group(2) != null) {
            for (String part : matcher.group(2).split(",")) {
                modifiers.add(Long.parseLong(part.trim()));
            }
        }
        boolean tz = "with time zone".equals(matcher.group(3));
        return Optional.of(new TypeSpelling(matcher.group(1).trim(), modifiers, tz, dims));
    }

    /** Every run of white space as one space. */
    public static String collapseSpaces(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ");
    }

    public boolean hasModifiers() {
        return !modifiers.isEmpty();
    }

    /** The first modifier, or {@code fallback} when there is none. */
    public long first(long fallback) {
        return modifiers.isEmpty() ? fallback : modifiers.get(0);
    }

    /** The second modifier (a scale), or {@code fallback}. */
    public long second(long fallback) {
        return modifiers.size() < 2 ? fallback : modifiers.get(1);
    }

    /** The base with its modifiers as written, e.g. {@code interval} or {@code bit(3)}, for types kept as they are. */
    public String asWritten() {
        StringBuilder out = new StringBuilder(base);
        if (hasModifiers()) {
            out.append('(').append(String.join(",", modifiers.stream().map(String::valueOf).toList())).append(')');
        }
        if (withTimeZone) {
            out.append(" with time zone");
        }
        return out.toString();
    }
}
