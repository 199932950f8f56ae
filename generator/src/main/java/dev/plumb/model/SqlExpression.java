package dev.plumb.model;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * An SQL expression (a column default, a check condition) as two texts: the one to render, exactly as its source wrote
 * it (the entity's {@code @Check}, {@code @ColumnDefault}, {@code columnDefinition}; the catalog's own text for an
 * inspected object), and the dialect's canonical form, which only comparisons use. "Compare canonical, render
 * literal": two expressions are equal when their canonical forms are, so that {@code b = 1 or a = 2} and
 * {@code a = 2 or b = 1} are no change, while the DDL keeps the operand order the reviewer wrote (which may matter for
 * evaluation, as in {@code x <> 0 and y / x > 1}).
 *
 * <p>Until a normalizer has run, the canonical form is the text itself.
 */
public final class SqlExpression implements Comparable<SqlExpression> {

    private final String text;
    private final String canonical;

    private SqlExpression(String text, String canonical) {
        this.text = Objects.requireNonNull(text, "text");
        this.canonical = Objects.requireNonNull(canonical, "canonical");
    }

    /** An expression as written, not yet canonicalized. */
    public static SqlExpression of(String text) {
        return new SqlExpression(text, text);
    }

    /** The text to render into DDL, as its source wrote it. */
    public String text() {
        return text;
    }

    /** The dialect's canonical form, for comparing only. */
    public String canonical() {
        return canonical;
    }

    /** The same text with the canonical form the dialect gives it (computed from the text, so it is idempotent). */
    public SqlExpression canonicalizedBy(UnaryOperator<String> canonicalizer) {
        return new SqlExpression(text, canonicalizer.apply(text));
    }

    /** Applies one rewrite to both forms, for edits that change the meaning (a renamed column). */
    public SqlExpression map(UnaryOperator<String> rewrite) {
        return new SqlExpression(rewrite.apply(text), rewrite.apply(canonical));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SqlExpression that && canonical.equals(that.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public int compareTo(SqlExpression other) {
        return canonical.compareTo(other.canonical);
    }

    /** The text as written: what describe lines and reviewers see. */
    @Override
    public String toString() {
        return text;
    }
}
