package dev.plumb.diff;

import java.util.Objects;

/**
 * The dialect's judgement of one column type change in both directions, carried by {@link AlterColumn} so that the
 * change and its inverse know their safety without parsing a type: {@code forward} is what the up migration does to
 * the stored values, {@code backward} what its down does.
 *
 * @param sameBase true when only the size, precision or listed values change ({@link TypeRules#sameBase})
 */
public record TypeChangeEffect(TypeChangeKind forward, TypeChangeKind backward, boolean sameBase) {

    /** The type does not change. */
    public static final TypeChangeEffect UNCHANGED =
            new TypeChangeEffect(TypeChangeKind.UNCHANGED, TypeChangeKind.UNCHANGED, true);

    /**
     * A type change nobody judged (a change built without the dialect's {@link TypeRules}): treated as a conversion
     * to another type both ways, the cautious answer.
     */
    public static final TypeChangeEffect UNJUDGED =
            new TypeChangeEffect(TypeChangeKind.CONVERSION, TypeChangeKind.CONVERSION, false);

    public TypeChangeEffect {
        Objects.requireNonNull(forward, "forward");
        Objects.requireNonNull(backward, "backward");
    }

    /** The effect of the inverse change. */
    public TypeChangeEffect reversed() {
        return new TypeChangeEffect(backward, forward, sameBase);
    }
}
