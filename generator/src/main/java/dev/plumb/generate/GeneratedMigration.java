package dev.plumb.generate;

import dev.plumb.plan.MigrationPlan;
import dev.plumb.runtime.Dialect;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link MigrationGenerator#generate}: the plan and its SQL for one dialect, statements without
 * trailing semicolons. Empty when the database already matches the entities.
 */
public record GeneratedMigration(Dialect dialect, MigrationPlan plan, List<String> up, List<String> down) {

    public GeneratedMigration {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(plan, "plan");
        up = List.copyOf(up);
        down = List.copyOf(down);
    }

    public boolean isEmpty() {
        return plan.isEmpty();
    }
}
