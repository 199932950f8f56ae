package dev.plumb.model;

import java.util.Objects;

/** One column of an index, with its sort direction. */
public record IndexColumn(Identifier column, boolean descending) implements IndexElement {

    public IndexColumn {
        Objects.requireNonNull(column, "column");
    }

    public static IndexColumn ascending(String column) {
        return new IndexColumn(new Identifier(column), false);
    }
}
