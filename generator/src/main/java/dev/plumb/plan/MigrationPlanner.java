package dev.plumb.plan;

import dev.plumb.diff.Change;
import dev.plumb.diff.ChangeSubject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Puts changes in an order that always executes: by {@link Phase}, and within a phase by table (or sequence), then
 * object name, so the same diff always gives the same migration; column renames that chain or swap names are ordered
 * so that each new name is free ({@link RenameOrder}).
 *
 * <p>{@code down} is the inverses of {@code up} in reverse order. Why that is itself executable: reversing the
 * phase list and replacing each phase by the kind of its inverses gives
 * <pre>
 *   create sequences (undo drop sequences)    drop foreign keys (undo add)     drop indexes (undo create)
 *   drop constraints (undo add)               alter columns (back)             drop columns (undo add)
 *   drop tables (undo create)                 drop / alter sequences (back)    create tables (undo drop)
 *   add columns (undo drop)                   add constraints (undo drop)      create indexes (undo drop)
 *   add foreign keys (undo drop)
 * </pre>
 * which keeps the same discipline as {@code up}: foreign keys are removed first and added last; indexes and
 * constraints are removed before the columns and tables they sit on and added after them; sequences exist before
 * any table is created and disappear only after the tables are gone. The one phase that moves relative to the others
 * is "alter columns", whose inverse is again an alteration of a column that exists on both sides, so the creates and
 * drops around it cannot affect it; it still runs after constraints are dropped and before they are added again
 * (a primary key is dropped before its column may become nullable and added after it is {@code not null} again).
 * Each inverse undoes exactly what its partner did because every change carries its full definition
 * (see {@link Change#inverse()}).
 */
public final class MigrationPlanner {

    private static final Comparator<Change> APPLY_ORDER = Comparator
            .comparing(Phase::of)
            .thenComparing(ChangeSubject.ORDER);

    public MigrationPlan plan(List<Change> changes) {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(APPLY_ORDER);
        List<Change> up = RenameOrder.apply(sorted);
        List<Change> down = new ArrayList<>(up.size());
        for (Change change : up) {
            down.add(change.inverse());
        }
        Collections.reverse(down);
        return new MigrationPlan(up, down);
    }
}
