package dev.plumb.model;

/** One key of an index: a column ({@link IndexColumn}) or an expression ({@link IndexExpression}). */
public sealed interface IndexElement permits IndexColumn, IndexExpression {

    boolean descending();
}
