package dev.plumb.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A migration together with the steps one direction of it runs on the connection's dialect.
 *
 * @param resumeFrom the index of the first statement to run, counted across the steps: non-zero only for a repaired
 *                   partial migration
 */
record PlannedMigration(Migration migration, List<ScriptStep> steps, int resumeFrom) {

    PlannedMigration {
        steps = List.copyOf(steps);
    }

    PlannedMigration(Migration migration, List<ScriptStep> steps) {
        this(migration, steps, 0);
    }

    PlannedMigration resumingAt(int statement) {
        return new PlannedMigration(migration, steps, statement);
    }

    String version() {
        return migration.version();
    }

    /** Every statement, in order across the steps. */
    List<String> statements() {
        List<String> all = new ArrayList<>();
        steps.forEach(step -> all.addAll(step.statements()));
        return List.copyOf(all);
    }

    /**
     * The steps still to run from {@link #resumeFrom}, each with the index of its first statement. A resume point
     * inside a step (progress an older runtime recorded statement by statement) keeps the rest of that step as one.
     */
    List<Positioned> remainingSteps() {
        List<Positioned> remaining = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < steps.size(); i++) {
            ScriptStep step = steps.get(i);
            int size = step.statements().size();
            if (start + size > resumeFrom) {
                int skip = Math.max(0, resumeFrom - start);
                remaining.add(new Positioned(skip == 0 ? step
                        : new ScriptStep(step.statements().subList(skip, size), step.transactional()),
                        start + skip, i + 1));
            }
            start += size;
        }
        return remaining;
    }

    /** The 1-based number of the step that starts at or contains statement {@code index}. */
    int stepNumber(int index) {
        int start = 0;
        for (int i = 0; i < steps.size(); i++) {
            start += steps.get(i).statements().size();
            if (index < start) {
                return i + 1;
            }
        }
        return steps.size();
    }

    /** The history checksum, meaningful for the up direction: of the statements, whatever their steps. */
    String checksum() {
        return Checksums.of(statements());
    }

    PendingMigration toPending() {
        List<String> statements = statements();
        return new PendingMigration(migration.version(), migration.description(),
                statements.subList(resumeFrom, statements.size()));
    }

    /**
     * A step to run, where it starts among the migration's statements, and its 1-based number.
     *
     * @param first  the index of its first statement among all the migration's statements
     * @param number its number among the migration's steps, for messages
     */
    record Positioned(ScriptStep step, int first, int number) {

        int end() {
            return first + step.statements().size();
        }
    }
}
