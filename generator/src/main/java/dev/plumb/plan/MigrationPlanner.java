package dev.plumb.plan;

import dev.plumb.diff.Change;

import java.util.List;

/** Orders changes in safe phases. STUB: the diff helper implements it. */
public final class MigrationPlanner {

    public MigrationPlan plan(List<Change> changes) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
