package dev.plumb.diff;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Column;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.Index;
import dev.plumb.model.PrimaryKey;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Table;
import dev.plumb.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The changes inside one table that exists on both sides. Constraints are matched by what they are, never by a name
 * the database made up: a name only counts when the desired side (the entity) states one. A constraint whose
 * definition changed is dropped and added again; one whose definition is unchanged but whose name the entity states
 * otherwise is renamed ({@link RenameConstraint}, {@link RenameIndex}). Every added constraint carries a name (the
 * dialect's {@link ConstraintNaming} when the entity states none) so the down migration can drop it. A column whose
 * type changes carries the dialect's judgement of it ({@link TypeRules}).
 */
final class TableDiffer {

    private final Table current;
    private final Table desired;
    private final QualifiedName name;
    private final ConstraintNaming naming;
    private final TypeRules types;
    private final List<Change> changes = new ArrayList<>();

    TableDiffer(Table current, Table desired, ConstraintNaming naming, TypeRules types) {
        this.current = current;
        this.desired = desired;
        this.name = desired.name();
        this.naming = naming;
        this.types = types;
    }

    List<Change> diff() {
        columns();
        primaryKey();
        uniques();
        foreignKeys();
        checks();
        indexes();
        return changes;
    }

    /** Columns by name; their order is not a change. */
    private void columns() {
        for (Column column : desired.columns()) {
            Optional<Column> existing = current.column(column.name());
            if (existing.isEmpty()) {
                changes.add(new AddColumn(name, column));
            } else if (!existing.get().equals(column)) {
                changes.add(new AlterColumn(name, existing.get(), column, Optional.empty(),
                        types.effect(existing.get().type(), column.type())));
            }
        }
        for (Column column : current.columns()) {
            if (desired.column(column.name()).isEmpty()) {
                changes.add(new DropColumn(name, column));
            }
        }
    }

    /**
     * By its set of columns only: Hibernate never names primary keys, and the database's name says nothing. The order
     * is not a change either: Hibernate's column ordering strategy decides it (databases made by older Hibernate
     * versions, by hand or by {@code legacy} ordering have another), and re-creating a primary key to reorder it would
     * rebuild its index and every foreign key that needs it.
     */
    private void primaryKey() {
        Optional<Set<Identifier>> was = current.primaryKey().map(pk -> Set.copyOf(pk.columns()));
        Optional<Set<Identifier>> wanted = desired.primaryKey().map(pk -> Set.copyOf(pk.columns()));
        if (was.equals(wanted)) {
            return;
        }
        current.primaryKey().ifPresent(pk -> changes.add(new DropPrimaryKey(name, pk)));
        desired.primaryKey().ifPresent(pk -> changes.add(new AddPrimaryKey(name,
                new PrimaryKey(Optional.of(pk.name().orElseGet(() -> naming.primaryKey(name))),
                        pk.columns()))));
    }

    private void uniques() {
        match(current.uniqueConstraints(), namedFirst(desired.uniqueConstraints(), u -> chosen(u.name())),
                (was, wanted) -> was.columns().equals(wanted.columns()),
                (was, wanted) -> sameName(was.name(), wanted.name()),
                (was, wanted) -> renameConstraint(RenameConstraint.Kind.UNIQUE, was.name(), wanted.name()),
                was -> changes.add(new DropUniqueConstraint(name, was)),
                wanted -> changes.add(new AddUniqueConstraint(name, wanted.withName(Optional.of(
                        wanted.name().orElseGet(() -> naming.unique(name, wanted.columns())))))));
    }

    private void foreignKeys() {
        match(current.foreignKeys(), namedFirst(desired.foreignKeys(), fk -> chosen(fk.name())),
                (was, wanted) -> sameTarget(was, wanted) && was.onDelete() == wanted.onDelete(),
                (was, wanted) -> sameName(was.name(), wanted.name()),
                (was, wanted) -> {
                    if (naming.renames(RenameConstraint.Kind.FOREIGN_KEY)) {
                        renameConstraint(RenameConstraint.Kind.FOREIGN_KEY, was.name(), wanted.name());
                    } else {
                        changes.add(new DropForeignKey(name, was));
                        changes.add(new AddForeignKey(name, wanted));
                    }
                },
                was -> changes.add(new DropForeignKey(name, was)),
                wanted -> changes.add(new AddForeignKey(name, wanted.withName(Optional.of(
                        wanted.name().orElseGet(() -> naming.foreignKey(name, wanted.columns())))))));
    }

    /**
     * Checks are matched by their canonical condition. An added unnamed check gets the dialect's name, distinct from
     * the names the table keeps and those given to the other added checks (two unnamed checks on one column).
     */
    private void checks() {
        List<CheckConstraint> dropped = new ArrayList<>();
        List<CheckConstraint> added = new ArrayList<>();
        match(current.checks(), namedFirst(desired.checks(), CheckConstraint::name),
                (was, wanted) -> was.expression().equals(wanted.expression()),
                (was, wanted) -> sameName(was.name(), wanted.name()),
                (was, wanted) -> {
                    if (naming.renames(RenameConstraint.Kind.CHECK)) {
                        renameConstraint(RenameConstraint.Kind.CHECK, was.name(), wanted.name());
                    } else {
                        dropped.add(was);
                        added.add(wanted);
                    }
                },
                dropped::add, added::add);
        dropped.forEach(was -> changes.add(new DropCheckConstraint(name, was)));
        Set<Identifier> taken = new HashSet<>();
        current.checks().stream().filter(c -> !dropped.contains(c)).forEach(c -> c.name().ifPresent(taken::add));
        added.forEach(c -> c.name().ifPresent(taken::add));
        for (CheckConstraint wanted : added) {
            Identifier chosen = wanted.name().orElseGet(() -> naming.check(desired, wanted, taken));
            taken.add(chosen);
            changes.add(new AddCheckConstraint(name, wanted.withName(Optional.of(chosen))));
        }
    }

    /**
     * Hibernate names every index; a name it made up ({@link GeneratedNames}) matches an index of the same definition
     * under any name; an index of the same definition under another name than the one the entity chose is renamed.
     * Anything else is drop + create.
     */
    private void indexes() {
        match(current.indexes(), namedFirst(desired.indexes(), i -> Optional.of(i.name())
                        .filter(n -> !GeneratedNames.isGenerated(n))),
                (was, wanted) -> was.equals(
                        new Index(was.name(), wanted.columns(), wanted.unique(), wanted.predicate())),
                (was, wanted) -> was.name().equals(wanted.name()) || GeneratedNames.isGenerated(wanted.name()),
                (was, wanted) -> changes.add(new RenameIndex(name, was.name(), wanted.name())),
                was -> changes.add(new DropIndex(name, was)),
                wanted -> changes.add(new CreateIndex(name, wanted)));
    }

    private static boolean sameTarget(ForeignKey was, ForeignKey wanted) {
        return was.columns().equals(wanted.columns())
                && was.referencedTable().equals(wanted.referencedTable())
                && was.referencedColumns().equals(wanted.referencedColumns());
    }

    /**
     * A name on the current side alone means nothing: the database chose it; nor does one Hibernate made up on the
     * desired side ({@link GeneratedNames}).
     */
    private static boolean sameName(Optional<Identifier> was, Optional<Identifier> wanted) {
        return !GeneratedNames.isChosen(wanted) || wanted.equals(was);
    }

    private static Optional<Identifier> chosen(Optional<Identifier> name) {
        return name.filter(n -> !GeneratedNames.isGenerated(n));
    }

    /**
     * Named desired constraints are paired first, so that an unnamed twin cannot take the current constraint that
     * carries the wanted name.
     */
    private static <T> List<T> namedFirst(List<T> items, Function<T, Optional<Identifier>> name) {
        List<T> ordered = new ArrayList<>(items.stream().filter(i -> name.apply(i).isPresent()).toList());
        items.stream().filter(i -> name.apply(i).isEmpty()).forEach(ordered::add);
        return ordered;
    }

    private void renameConstraint(RenameConstraint.Kind kind, Optional<Identifier> was, Optional<Identifier> wanted) {
        // only reached when the names differ and the entity chose its name, so both are present
        changes.add(new RenameConstraint(name, kind, was.orElseThrow(), wanted.orElseThrow()));
    }

    /**
     * Pairs each desired item with the first unpaired current item of the same definition whose name fits; then
     * each desired item left over with an unpaired current item of the same definition under another name, which is
     * renamed. What stays unpaired on the current side is dropped, on the desired side added. Pairing one-to-one
     * keeps duplicates honest; pairing by name first keeps a rename from taking the object another item matches.
     */
    private static <T> void match(List<T> currentItems, List<T> desiredItems, BiPredicate<T, T> sameDefinition,
                                  BiPredicate<T, T> nameFits, BiConsumer<T, T> rename,
                                  Consumer<T> drop, Consumer<T> add) {
        List<T> unpaired = new ArrayList<>(currentItems);
        List<T> leftOver = new ArrayList<>();
        for (T wanted : desiredItems) {
            pair(unpaired, wanted, (was, w) -> sameDefinition.test(was, w) && nameFits.test(was, w))
                    .ifPresentOrElse(unpaired::remove, () -> leftOver.add(wanted));
        }
        List<T> added = new ArrayList<>();
        for (T wanted : leftOver) {
            Optional<T> renamed = pair(unpaired, wanted, sameDefinition);
            renamed.ifPresentOrElse(was -> {
                unpaired.remove(was);
                rename.accept(was, wanted);
            }, () -> added.add(wanted));
        }
        unpaired.forEach(drop);
        added.forEach(add);
    }

    private static <T> Optional<T> pair(List<T> unpaired, T wanted, BiPredicate<T, T> same) {
        return unpaired.stream().filter(was -> same.test(was, wanted)).findFirst();
    }
}
