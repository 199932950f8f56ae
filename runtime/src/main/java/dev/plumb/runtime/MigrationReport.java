package dev.plumb.runtime;

import java.util.List;

/** What one {@code migrate} or {@code rollback} call did, in order. Empty steps: nothing to do. */
public record MigrationReport(Dialect dialect, List<Step> steps) {

    public MigrationReport {
        steps = List.copyOf(steps);
    }

    public enum Direction { UP, DOWN }

    /** One migration applied or undone, with how long it took. */
    public record Step(String version, String description, Direction direction, java.time.Duration duration) {
    }
}
