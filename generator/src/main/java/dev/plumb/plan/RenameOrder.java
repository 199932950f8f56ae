package dev.plumb.plan;

import dev.plumb.diff.Change;
import dev.plumb.diff.RenameColumn;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders the column renames of one table so that each runs when its new name is free: {@code score -> title} before
 * {@code created -> score}. A cycle (two columns swapping names) goes through a temporary name,
 * {@code a -> a_plumb_swap, b -> a, a_plumb_swap -> b}. Sorting by name alone would run a rename into a name that is
 * still taken, and the migration would fail ("column already exists").
 *
 * <p>The down is the inverses in reverse order, which is again free of such conflicts: each reversed step frees the
 * name the step before it (in reverse) needs.
 */
final class RenameOrder {

    static final String SWAP_SUFFIX = "_plumb_swap";

    private RenameOrder() {
    }

    /** The changes with their column renames reordered in the slots they already take. */
    static List<Change> apply(List<Change> changes) {
        List<Integer> slots = new ArrayList<>();
        Map<QualifiedName, List<RenameColumn>> byTable = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i) instanceof RenameColumn rename) {
                slots.add(i);
                byTable.computeIfAbsent(rename.table(), t -> new ArrayList<>()).add(rename);
            }
        }
        if (slots.isEmpty()) {
            return changes;
        }
        List<Change> ordered = new ArrayList<>();
        byTable.values().forEach(renames -> ordered.addAll(order(renames)));
        List<Change> result = new ArrayList<>(changes);
        for (int i = slots.size() - 1; i >= 0; i--) {
            result.remove((int) slots.get(i));
        }
        result.addAll(slots.get(0), ordered);
        return result;
    }

    private static List<RenameColumn> order(List<RenameColumn> renames) {
        List<RenameColumn> pending = new ArrayList<>(renames);
        List<RenameColumn> result = new ArrayList<>();
        while (!pending.isEmpty()) {
            RenameColumn next = pending.stream().filter(r -> isFree(r.to(), r, pending)).findFirst().orElse(null);
            if (next != null) {
                result.add(next);
                pending.remove(next);
            } else {
                RenameColumn first = pending.remove(0);
                Identifier temporary = new Identifier(first.from().value() + SWAP_SUFFIX);
                result.add(new RenameColumn(first.table(), first.from(), temporary));
                pending.add(new RenameColumn(first.table(), temporary, first.to()));
            }
        }
        return result;
    }

    private static boolean isFree(Identifier name, RenameColumn self, List<RenameColumn> pending) {
        return pending.stream().noneMatch(other -> other != self && other.from().equals(name));
    }
}
