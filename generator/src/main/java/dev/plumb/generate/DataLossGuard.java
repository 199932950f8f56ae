package dev.plumb.generate;

import dev.plumb.diff.Change;
import dev.plumb.diff.DropColumn;
import dev.plumb.diff.DropSequence;
import dev.plumb.diff.DropTable;

import java.util.List;
import java.util.Set;

/**
 * Refuses a migration that would drop data nobody agreed to lose: a drop of a table, a column or a sequence (its
 * position: the down recreates it from its start) needs {@code --allow-data-loss} or a confirmation at the terminal,
 * exactly like an undeclared possible rename. A table no entity mentions (another application's, an old one) would
 * otherwise be dropped by a plain {@code generate}, with only a {@code DATA LOSS} line in the class to warn a
 * reviewer. The generating database is usually not the one the migration will run on, so an empty table here proves
 * nothing: every such drop is refused, and the refusal names all of them at once.
 *
 * <p>A narrowing type change, also marked {@link dev.plumb.diff.Safety#DATA_LOSS}, is not a drop: PostgreSQL and H2
 * refuse to cut a longer string or a number that no longer fits, so it fails on such rows rather than losing them
 * (only a smaller numeric scale rounds), and it stays a warning in the generated class for the reviewer.
 */
final class DataLossGuard {

    private static final Set<Class<? extends Change>> DROPS = Set.of(DropTable.class, DropColumn.class,
            DropSequence.class);

    private DataLossGuard() {
    }

    /** Passes {@code changes} through when none loses data or the loss is allowed; refuses otherwise. */
    static List<Change> check(List<Change> changes, GenerateOptions options) {
        if (options.allowDataLoss() || options.reportOnly()) {
            return changes;
        }
        List<String> losses = changes.stream().filter(change -> DROPS.contains(change.getClass()))
                .map(Change::describe).toList();
        if (losses.isEmpty()) {
            return changes;
        }
        boolean one = losses.size() == 1;
        throw DestructiveChangeException.dataLoss(losses.size() + (one ? " change loses" : " changes lose")
                + " data that the down migration cannot bring back: pass --allow-data-loss to write "
                + (one ? "it" : "them") + ", or keep the object" + (one ? "" : "s") + " in the entities", losses);
    }
}
