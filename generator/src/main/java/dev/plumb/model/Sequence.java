package dev.plumb.model;

import java.util.Objects;

/**
 * A free-standing sequence (sequences owned by identity or serial columns are not listed: they belong to the column).
 */
public record Sequence(QualifiedName name, long start, long increment) {

    public Sequence {
        Objects.requireNonNull(name, "name");
    }
}
