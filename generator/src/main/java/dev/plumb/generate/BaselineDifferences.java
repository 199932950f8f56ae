package dev.plumb.generate;

import dev.plumb.diff.Change;
import dev.plumb.runtime.AcceptedDifferences;
import dev.plumb.runtime.Migration;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The differences between the entities and an adopted database that its baseline accepted
 * ({@link AcceptedDifferences}), identified by their change lines: {@code plumb baseline} records them, {@code plumb
 * check} leaves them out of its verdict. A change line names the object and both definitions, so an entity edited
 * again after the baseline gives another line, and is drift.
 */
public final class BaselineDifferences {

    private BaselineDifferences() {
    }

    /** What {@code baseline} records: one line per change the entities would still need, in plan order. */
    public static List<String> lines(GeneratedMigration differences) {
        return differences.plan().up().stream().map(Change::describe).distinct().toList();
    }

    /** Every line the migrations' baselines accepted. */
    public static Set<String> accepted(List<Migration> migrations) {
        Set<String> accepted = new HashSet<>();
        for (Migration migration : migrations) {
            AcceptedDifferences record = migration.getClass().getAnnotation(AcceptedDifferences.class);
            if (record != null) {
                accepted.addAll(Arrays.asList(record.value()));
            }
        }
        return accepted;
    }

    /** The changes of {@code missing} no baseline accepted: the drift that fails {@code check}. */
    public static List<Change> unaccepted(GeneratedMigration missing, Set<String> accepted) {
        return missing.plan().up().stream().filter(change -> !accepted.contains(change.describe())).toList();
    }
}
