package dev.plumb.plan;

import dev.plumb.diff.Change;

import java.util.List;

/** The changes of one migration in apply order: {@code up}, and {@code down} = the inverses in reverse order. */
public record MigrationPlan(List<Change> up, List<Change> down) {

    public MigrationPlan {
        up = List.copyOf(up);
        down = List.copyOf(down);
    }

    public boolean isEmpty() {
        return up.isEmpty();
    }
}
