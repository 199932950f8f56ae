package dev.plumb.diff;

/**
 * How a dialect judges a change of column type. Both spellings are the dialect's canonical ones (the normalizer's
 * output); the dialect parses them into its typed form once and compares the families, lengths, precisions and
 * listed values.
 */
public interface TypeRules {

    /** What changing a column from {@code from} to {@code to} does to its stored values. */
    TypeChangeKind classify(String from, String to);

    /**
     * True when both spellings name the same type but for its size, precision or listed values: a length change,
     * not a change of type; and a column that disappears while one of the same base appears may be a rename.
     */
    boolean sameBase(String one, String other);

    /** The judgement in both directions, as {@link AlterColumn} carries it. */
    default TypeChangeEffect effect(String from, String to) {
        return from.equals(to) ? TypeChangeEffect.UNCHANGED
                : new TypeChangeEffect(classify(from, to), classify(to, from), sameBase(from, to));
    }
}
