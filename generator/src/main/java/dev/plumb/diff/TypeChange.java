package dev.plumb.diff;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a change of column type does to the values already stored, judged on the dialects' canonical spellings
 * ({@code varchar(n)}, {@code numeric(p,s)}, {@code smallint < integer < bigint}, {@code text}, ...).
 */
public enum TypeChange {
    /** Every value fits, nothing is rewritten: a longer {@code varchar}, more numeric precision, {@code text}. */
    WIDENING(Safety.SAFE),
    /** Every value fits, but the database rewrites the table under a lock ({@code integer} to {@code bigint}). */
    REWRITING(Safety.LOCKING),
    /** Values may not fit: a shorter {@code varchar}, less precision or scale, a smaller integer type. */
    NARROWING(Safety.DATA_LOSS),
    /** Another type: each value must convert ({@code varchar} to {@code integer}), which can fail. */
    CONVERSION(Safety.DATA_DEPENDENT),
    /**
     * An enum type (H2's {@code enum('A','B')}) loses constants: fails on rows that still hold one, and when it
     * succeeds no row did, so the down is faithful.
     */
    ENUM_REMOVAL(Safety.DATA_DEPENDENT);

    private static final List<String> INTEGERS = List.of("tinyint", "smallint", "integer", "bigint");
    private static final List<String> STRINGS = List.of("varchar", "char", "text", "clob", "character varying");
    private static final Pattern SHAPE = Pattern.compile("([a-z ]+?)\\s*(?:\\((\\d+)(?:,\\s*(\\d+))?\\))?");

    private final Safety safety;

    TypeChange(Safety safety) {
        this.safety = safety;
    }

    public Safety safety() {
        return safety;
    }

    /**
     * False when the down migration cannot bring the values back as they were: a narrower numeric rounds them, a
     * conversion ({@code text} to {@code jsonb}, {@code varchar} to {@code integer}) rewrites their spelling.
     */
    public boolean faithfulDown() {
        return this != NARROWING && this != CONVERSION;
    }

    public static TypeChange of(String from, String to) {
        Optional<List<String>> wasEnum = EnumConstants.of(from);
        Optional<List<String>> willEnum = EnumConstants.of(to);
        if (wasEnum.isPresent() && willEnum.isPresent()) {
            return willEnum.get().containsAll(wasEnum.get()) ? WIDENING : ENUM_REMOVAL;
        }
        Optional<Shape> was = Shape.parse(from);
        Optional<Shape> will = Shape.parse(to);
        if (was.isEmpty() || will.isEmpty()) {
            return CONVERSION;
        }
        return classify(was.get(), will.get());
    }

    /** True when the source is a string type: PostgreSQL then needs {@code USING} for any non-string target. */
    public static boolean fromStringToOther(String from, String to) {
        return Shape.parse(from).filter(s -> STRINGS.contains(s.base())).isPresent()
                && Shape.parse(to).filter(s -> !STRINGS.contains(s.base())).isPresent();
    }

    private static TypeChange classify(Shape was, Shape will) {
        if (INTEGERS.contains(was.base()) && INTEGERS.contains(will.base())) {
            return INTEGERS.indexOf(will.base()) > INTEGERS.indexOf(was.base()) ? REWRITING : NARROWING;
        }
        if (was.base().equals("varchar") && (will.base().equals("text") || will.base().equals("clob"))) {
            return WIDENING;
        }
        if ((was.base().equals("text") || was.base().equals("clob")) && will.base().equals("varchar")) {
            return NARROWING;
        }
        if (!was.base().equals(will.base())) {
            return CONVERSION;
        }
        if (was.base().equals("numeric")) {
            int wasIntegerDigits = was.first() - was.second();
            int willIntegerDigits = will.first() - will.second();
            return willIntegerDigits >= wasIntegerDigits && will.second() >= was.second() ? WIDENING : NARROWING;
        }
        if (was.first() < 0 || will.first() < 0) {
            return will.first() < 0 ? WIDENING : NARROWING;
        }
        return will.first() >= was.first() ? WIDENING : NARROWING;
    }

    /** A base type name with up to two modifiers; -1 where absent (an unbounded {@code varchar}). */
    private record Shape(String base, int first, int second) {
        static Optional<Shape> parse(String type) {
            Matcher m = SHAPE.matcher(type.trim());
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Shape(m.group(1).trim(), m.group(2) == null ? -1 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        }
    }
}
