package dev.plumb.diff;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of a change list, for humans: usually one change, but a constraint the diff drops and adds again (a foreign
 * key whose {@code on delete} changed, a check whose condition changed, a unique constraint over other columns) is one
 * {@code ~} line that says what differs ({@code ~ foreign key sp_action (target): on delete cascade -> no action}),
 * instead of the same text twice. The changes stay separate in the plan: the drop runs before, the add after, the
 * other changes of the table.
 *
 * @param text    the description, starting with {@code +}, {@code ~} or {@code -}
 * @param safety  the worst safety of its changes
 * @param changes the changes it stands for, in plan order
 */
public record ChangeLine(String text, Safety safety, List<Change> changes) {

    public ChangeLine {
        changes = List.copyOf(changes);
    }

    /** The lines of a plan's changes, in order; a re-created constraint at the place of its drop. */
    public static List<ChangeLine> of(List<Change> plan) {
        List<ChangeLine> lines = new ArrayList<>();
        List<Change> paired = new ArrayList<>();
        for (Change change : plan) {
            if (paired.contains(change)) {
                continue;
            }
            Optional<Change> added = isDrop(change)
                    ? plan.stream().filter(c -> !paired.contains(c) && recreates(change, c)).findFirst()
                    : Optional.empty();
            if (added.isPresent()) {
                paired.add(added.get());
                Safety worst = change.safety().compareTo(added.get().safety()) >= 0 ? change.safety()
                        : added.get().safety();
                lines.add(new ChangeLine(difference(change, added.get()), worst, List.of(change, added.get())));
            } else {
                lines.add(new ChangeLine(change.describe(), change.safety(), List.of(change)));
            }
        }
        return List.copyOf(lines);
    }

    /** Only a drop can start a pair; the check keeps a plan without drops (a first migration) linear. */
    private static boolean isDrop(Change change) {
        return change instanceof DropForeignKey || change instanceof DropCheckConstraint
                || change instanceof DropUniqueConstraint;
    }

    /** Whether {@code added} adds again, in another form, what {@code dropped} drops. */
    static boolean recreates(Change dropped, Change added) {
        if (dropped instanceof DropForeignKey d && added instanceof AddForeignKey a) {
            return d.table().equals(a.table()) && d.foreignKey().columns().equals(a.foreignKey().columns());
        }
        if (dropped instanceof DropCheckConstraint d && added instanceof AddCheckConstraint a) {
            return d.table().equals(a.table()) && d.check().name().isPresent()
                    && d.check().name().equals(a.check().name());
        }
        if (dropped instanceof DropUniqueConstraint d && added instanceof AddUniqueConstraint a) {
            return d.table().equals(a.table()) && d.constraint().name().isPresent()
                    && d.constraint().name().equals(a.constraint().name());
        }
        return false;
    }

    private static String difference(Change dropped, Change added) {
        if (dropped instanceof DropForeignKey d && added instanceof AddForeignKey a) {
            return "~ foreign key " + d.table() + " " + Describe.columns(d.foreignKey().columns()) + ": "
                    + foreignKey(d.foreignKey(), a.foreignKey());
        }
        if (dropped instanceof DropCheckConstraint d && added instanceof AddCheckConstraint a) {
            return "~ check " + d.table() + " " + name(d.check().name()) + ": " + check(d.check()) + " -> "
                    + check(a.check());
        }
        DropUniqueConstraint d = (DropUniqueConstraint) dropped;
        UniqueConstraint to = ((AddUniqueConstraint) added).constraint();
        return "~ unique " + d.table() + " " + name(d.constraint().name()) + ": "
                + Describe.columns(d.constraint().columns()) + " -> " + Describe.columns(to.columns());
    }

    private static String foreignKey(ForeignKey was, ForeignKey wanted) {
        List<String> aspects = new ArrayList<>();
        if (!was.referencedTable().equals(wanted.referencedTable())
                || !was.referencedColumns().equals(wanted.referencedColumns())) {
            aspects.add("references " + was.referencedTable() + " " + Describe.columns(was.referencedColumns())
                    + " -> " + wanted.referencedTable() + " " + Describe.columns(wanted.referencedColumns()));
        }
        if (was.onDelete() != wanted.onDelete()) {
            aspects.add("on delete " + was.onDelete().sql() + " -> " + wanted.onDelete().sql());
        }
        if (!was.name().equals(wanted.name())) {
            aspects.add("name " + name(was.name()) + " -> " + name(wanted.name()));
        }
        return aspects.isEmpty() ? "re-created" : String.join(", ", aspects);
    }

    private static String check(CheckConstraint check) {
        return "(" + check.expression().text() + ")";
    }

    private static String name(Optional<Identifier> name) {
        return name.map(Identifier::toString).orElse("(unnamed)");
    }
}
