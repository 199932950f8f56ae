package dev.plumb.dialect.sql;

/** A node of a parsed SQL expression: a single token or a bracketed group of nodes. */
public sealed interface SqlNode permits SqlToken, SqlGroup {
}
