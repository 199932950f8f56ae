package dev.plumb.diff;

import dev.plumb.model.Column;
import dev.plumb.model.ReferentialAction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which objects of the database Plumb may drop or weaken: those it created itself from the entities (recorded by the
 * generated migrations, see {@link SchemaObjectIds}), or everything under {@code --prune}. Any other object the
 * entities do not describe is unmanaged, made by hand, by another tool or by a hand-written migration: a drop of it,
 * the removal of its NOT NULL or default, or the re-creation of its foreign key without its {@code on delete} rule
 * is left out of the migration and listed as kept.
 *
 * <p>True discrepancies stay changes: a different type, a missing constraint, a rule the entity asks for.
 */
public final class Ownership {

    /** Every object counts as Plumb's: the behaviour before ownership existed, and {@code --prune}. */
    public static final Ownership EVERYTHING = new Ownership(true, Set.of());

    private final boolean prune;
    private final Set<String> created;

    private Ownership(boolean prune, Set<String> created) {
        this.prune = prune;
        this.created = Set.copyOf(created);
    }

    /** Only the objects whose identities the migrations recorded as created (and not dropped since). */
    public static Ownership recorded(Set<String> created) {
        return new Ownership(false, created);
    }

    public boolean prunes() {
        return prune;
    }

    /** What stays in the migration and what is kept out of it, each as changes. */
    public record Split(List<Change> changes, List<Change> kept) {

        public Split {
            changes = List.copyOf(changes);
            kept = List.copyOf(kept);
        }
    }

    /** Leaves out the drops and weakenings of unmanaged objects. */
    public Split split(List<Change> changes) {
        if (prune) {
            return new Split(changes, List.of());
        }
        Set<Change> left = new HashSet<>();
        List<Change> kept = new ArrayList<>();
        List<Change> result = new ArrayList<>();
        for (Change change : changes) {
            if (change instanceof DropTable drop && !owns(drop)) {
                kept.add(change);
                changes.stream().filter(c -> goesWithTable(c, drop)).forEach(left::add);
                left.add(change);
            } else if (change instanceof DropForeignKey drop && !drop.withTable() && !owns(drop)
                    && changes.stream().anyMatch(c -> recreatedWithoutRule(c, drop))) {
                kept.add(change);
                left.add(change);
                changes.stream().filter(c -> recreatedWithoutRule(c, drop)).forEach(left::add);
            }
        }
        for (Change change : changes) {
            if (left.contains(change)) {
                continue;
            }
            if (change instanceof AlterColumn alter) {
                keepColumnRules(alter, result, kept);
            } else if (isDrop(change) && !owns(change) && !recreated(change, changes)) {
                kept.add(change);
            } else {
                result.add(change);
            }
        }
        return new Split(result, kept);
    }

    /** By the dropped object's own identity (a table's, not its columns' rules, which go with it). */
    private boolean owns(Change drop) {
        List<String> ids = SchemaObjectIds.dropped(drop);
        return ids.isEmpty() || created.contains(ids.get(0));
    }

    /**
     * A drop whose object the entity describes in another form (a check with another condition under its name, a
     * foreign key with another rule or target) is a true discrepancy: the add needs the drop.
     */
    private static boolean recreated(Change drop, List<Change> changes) {
        return changes.stream().anyMatch(c -> ChangeLine.recreates(drop, c)
                || drop instanceof DropIndex d && c instanceof CreateIndex a && d.table().equals(a.table())
                && d.index().name().equals(a.index().name()));
    }

    /** A drop of its own; those that go with a dropped table follow the table. */
    private static boolean isDrop(Change change) {
        return change instanceof DropIndex index && !index.withTable()
                || change instanceof DropForeignKey fk && !fk.withTable() || change instanceof DropUniqueConstraint
                || change instanceof DropCheckConstraint || change instanceof DropSequence;
    }

    private static boolean goesWithTable(Change change, DropTable drop) {
        return change instanceof DropForeignKey fk && fk.withTable() && fk.table().equals(drop.table().name())
                || change instanceof DropIndex index && index.withTable() && index.table().equals(drop.table().name());
    }

    /** The add that would re-create a kept foreign key only to leave out its rule (the entity names none). */
    private static boolean recreatedWithoutRule(Change change, DropForeignKey drop) {
        return change instanceof AddForeignKey add && add.table().equals(drop.table())
                && add.foreignKey().onDelete() == ReferentialAction.NO_ACTION
                && drop.foreignKey().onDelete() != ReferentialAction.NO_ACTION
                && add.foreignKey().columns().equals(drop.foreignKey().columns())
                && add.foreignKey().referencedTable().equals(drop.foreignKey().referencedTable())
                && add.foreignKey().referencedColumns().equals(drop.foreignKey().referencedColumns());
    }

    /**
     * An unmanaged NOT NULL or default stays: the alteration keeps the column's current rule, and is left out when
     * nothing else changes; the part left out is listed as kept. A column the entity maps as an identity whose values
     * the database already fills by an unmanaged default (a {@code serial} column, a sequence default set by
     * hand) keeps that default instead of becoming an identity: a column cannot have both, and an identity added to a
     * populated column would start again at 1.
     */
    private void keepColumnRules(AlterColumn alter, List<Change> result, List<Change> kept) {
        Column from = alter.from();
        Column to = alter.to();
        if (!from.identity() && to.identity() && from.defaultExpression().isPresent()
                && !created.contains(SchemaObjectIds.defaultOf(alter.table(), from.name()))) {
            kept.add(new AlterColumn(alter.table(), from, from.withDefault(java.util.Optional.empty())));
            to = to.withIdentity(false).withDefault(from.defaultExpression());
        }
        if (!from.nullable() && to.nullable()
                && !created.contains(SchemaObjectIds.notNull(alter.table(), from.name()))) {
            kept.add(new AlterColumn(alter.table(), from, from.withNullable(true)));
            to = to.withNullable(false);
        }
        if (from.defaultExpression().isPresent() && to.defaultExpression().isEmpty()
                && !created.contains(SchemaObjectIds.defaultOf(alter.table(), from.name()))) {
            kept.add(new AlterColumn(alter.table(), from, from.withDefault(java.util.Optional.empty())));
            to = to.withDefault(from.defaultExpression());
        }
        if (!to.equals(from)) {
            result.add(to.equals(alter.to()) ? alter
                    : new AlterColumn(alter.table(), from, to, alter.backfill(), alter.typeEffect()));
        }
    }
}
