package dev.plumb.dialect;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type as a dialect understands it, parsed once from its canonical spelling by the dialect's types part
 * ({@code PostgresTypes.parse}, {@code H2Types.parse}): the family the dialect puts it in, its base name, its size and
 * scale, and the values it lists. Type-change rules ({@link TypeChangeRules}) compare these, never spellings.
 *
 * @param spelling the canonical spelling it was parsed from
 * @param base     the type name without modifiers ({@code numeric} for {@code numeric(10,2)}; for a spelling of another
 *                 shape, what precedes its first parenthesis)
 * @param size     the length of a string type, the precision of a numeric or time type, the storage bytes of an
 *                 integer type; {@link #UNBOUNDED} where there is none
 * @param scale    the scale of a numeric type, 0 otherwise
 * @param values   the values a {@link Family#LISTED_VALUES} type allows, in declaration order; empty otherwise
 */
public record ColumnType(String spelling, Family family, String base, int size, int scale, List<String> values) {

    /** The size of a type declared without one (an unbounded {@code varchar}). */
    public static final int UNBOUNDED = -1;

    /** A base name with up to two numeric modifiers, the shape most canonical spellings have. */
    private static final Pattern SHAPE = Pattern.compile("([a-z ]+?)\\s*(?:\\((\\d+)(?:,\\s*(\\d+))?\\))?");

    /** What the type-change rules need to know about a type. */
    public enum Family {
        /** Whole numbers; {@code size} is the storage in bytes, so a larger size holds every smaller one's values. */
        INTEGER,
        /** Exact numbers with a precision ({@code size}) and a scale. */
        DECIMAL,
        /** Strings of varying length up to {@code size} characters. */
        VARYING_TEXT,
        /** Strings of a fixed length. */
        FIXED_TEXT,
        /** Strings without a declared limit (large objects, unbounded text types). */
        LARGE_TEXT,
        /** A type that lists its allowed values (an enumerated type). */
        LISTED_VALUES,
        /** Any other type of the usual shape, {@code base} or {@code base(size)} or {@code base(size,scale)}. */
        OTHER,
        /** A spelling of another shape ({@code timestamp(6) with time zone}, arrays): compared by spelling only. */
        UNKNOWN
    }

    public ColumnType {
        Objects.requireNonNull(spelling, "spelling");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(base, "base");
        values = List.copyOf(values);
    }

    /**
     * Parses {@code base}, {@code base(size)} or {@code base(size,scale)}, in the family the dialect gives the base
     * name; any other shape is {@link Family#UNKNOWN}.
     *
     * @param familyOf the dialect's family of a base name ({@code bigint} → {@link Family#INTEGER})
     * @param integerBytes the dialect's storage size of an integer base name, used as the size of that family
     */
    public static ColumnType shaped(String spelling, Function<String, Family> familyOf,
                                    Function<String, Integer> integerBytes) {
        Matcher m = SHAPE.matcher(spelling.trim());
        if (!m.matches()) {
            int parenthesis = spelling.indexOf('(');
            String base = parenthesis < 0 ? spelling.trim() : spelling.substring(0, parenthesis).trim();
            return new ColumnType(spelling, Family.UNKNOWN, base, UNBOUNDED, 0, List.of());
        }
        String base = m.group(1).trim();
        Family family = familyOf.apply(base);
        int size = family == Family.INTEGER ? integerBytes.apply(base)
                : m.group(2) == null ? UNBOUNDED : Integer.parseInt(m.group(2));
        int scale = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new ColumnType(spelling, family, base, size, scale, List.of());
    }

    /** A type that allows only the listed values. */
    public static ColumnType listing(String spelling, String base, List<String> values) {
        return new ColumnType(spelling, Family.LISTED_VALUES, base, UNBOUNDED, 0, values);
    }

    /** True for the string families: their values are text, whatever their length. */
    public boolean isText() {
        return family == Family.VARYING_TEXT || family == Family.FIXED_TEXT || family == Family.LARGE_TEXT;
    }

    /** The values this type lists that {@code other} no longer allows, in their order. */
    public List<String> valuesMissingFrom(ColumnType other) {
        return values.stream().filter(value -> !other.values.contains(value)).toList();
    }
}
