package dev.plumb.diff;

import dev.plumb.model.Schema;

import java.util.List;

/** Computes the changes that turn {@code current} into {@code desired}. STUB: the diff helper implements it. */
public final class SchemaDiffer {

    /** Both schemas must be normalized by the same dialect. The result is unordered; see the planner. */
    public List<Change> diff(Schema current, Schema desired) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
