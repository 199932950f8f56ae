package dev.plumb.model;

import java.nio.charset.StandardCharsets;

/**
 * How long a name a database keeps: some count bytes of UTF-8 (a name of accented letters fits fewer characters),
 * others characters. Names Plumb makes up must fit, or the database cuts them and the next diff sees a rename.
 *
 * @param limit the longest name kept whole
 * @param unit  what {@code limit} counts
 */
public record IdentifierLength(int limit, Unit unit) {

    /** What a limit counts. */
    public enum Unit { BYTES, CHARACTERS }

    public IdentifierLength {
        if (limit <= 0) {
            throw new IllegalArgumentException("identifier length limit must be positive: " + limit);
        }
    }

    public static IdentifierLength bytes(int limit) {
        return new IdentifierLength(limit, Unit.BYTES);
    }

    public static IdentifierLength characters(int limit) {
        return new IdentifierLength(limit, Unit.CHARACTERS);
    }

    /** Whether the database keeps {@code name} whole. */
    public boolean fits(String name) {
        return length(name) <= limit;
    }

    /** The length of {@code name} in this limit's unit. */
    public int length(String name) {
        return unit == Unit.BYTES ? name.getBytes(StandardCharsets.UTF_8).length
                : name.codePointCount(0, name.length());
    }

    /** For messages: {@code 63 bytes}. */
    @Override
    public String toString() {
        return limit + (unit == Unit.BYTES ? " bytes" : " characters");
    }
}
