package dev.plumb.diff;

import dev.plumb.model.Index;
import dev.plumb.model.Schema;
import dev.plumb.model.Sequence;
import dev.plumb.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes the changes that turn {@code current} into {@code desired}: tables and sequences are matched by qualified
 * name, everything inside a table by {@link TableDiffer}.
 *
 * <p>A new table becomes a {@link CreateTable} plus one {@link AddForeignKey} per foreign key and one
 * {@link CreateIndex} per index, so that tables referencing each other can be created in any order. A dropped table
 * becomes a {@link DropTable} plus the drops of its own foreign keys and indexes, so that the down migration (the
 * inverses) recreates them too. Foreign keys of other tables that point at a dropped table vanish from the desired
 * schema and are dropped by the diff of those tables.
 *
 * <p>Foreign keys are always added with a name (the entity's, or the dialect's {@link ConstraintNaming#foreignKey}):
 * the inverse must be able to drop them. Unique and check constraints inside a {@code create table} stay unnamed when
 * the entity leaves them unnamed, as in Hibernate's own DDL.
 *
 * <p>The differ knows no dialect: the one whose normalizer produced both schemas hands over how it names the
 * constraints it makes up and how it judges a type change ({@code SqlDialect.differ()}).
 */
public final class SchemaDiffer {

    private final ConstraintNaming naming;
    private final TypeRules types;

    public SchemaDiffer(ConstraintNaming naming, TypeRules types) {
        this.naming = naming;
        this.types = types;
    }

    /**
     * Both schemas must be normalized by the same dialect, so that equal strings mean equal things. The result is
     * sorted by {@link ChangeSubject#ORDER} but not yet in apply order; see {@code MigrationPlanner}.
     */
    public List<Change> diff(Schema current, Schema desired) {
        return diff(current, desired, RenameHints.NONE);
    }

    /**
     * The diff with the declared renames applied: {@link RenameTable} and {@link RenameColumn} changes, then the
     * changes from the renamed current schema to the desired one. Undeclared candidates stay drop + add; see
     * {@link RenameCandidates} to find them.
     *
     * @throws HintException when a command-line hint names nothing
     */
    public List<Change> diff(Schema original, Schema desired, RenameHints hints) {
        RenameResolver.Resolved resolved = new RenameResolver(original, desired).resolve(hints);
        Schema current = resolved.current();
        List<Change> changes = new ArrayList<>(resolved.renames());
        for (Table table : desired.tables()) {
            Optional<Table> existing = current.table(table.name());
            if (existing.isPresent()) {
                changes.addAll(new TableDiffer(existing.get(), table, naming, types).diff());
            } else {
                changes.addAll(created(table));
            }
        }
        for (Table table : current.tables()) {
            if (desired.table(table.name()).isEmpty()) {
                changes.addAll(dropped(table));
            }
        }
        changes.addAll(sequences(current, desired));
        changes.addAll(namespaces(current, desired));
        changes.sort(ChangeSubject.ORDER);
        return List.copyOf(changes);
    }

    private List<Change> created(Table table) {
        List<Change> changes = new ArrayList<>();
        changes.add(new CreateTable(table));
        table.foreignKeys().forEach(fk -> changes.add(new AddForeignKey(table.name(),
                fk.withName(Optional.of(fk.name().orElseGet(
                        () -> naming.foreignKey(table.name(), fk.columns())))), true)));
        for (Index index : table.indexes()) {
            changes.add(new CreateIndex(table.name(), index, true));
        }
        return changes;
    }

    private static List<Change> dropped(Table table) {
        List<Change> changes = new ArrayList<>();
        changes.add(new DropTable(table));
        table.foreignKeys().forEach(fk -> changes.add(new DropForeignKey(table.name(), fk, true)));
        table.indexes().forEach(index -> changes.add(new DropIndex(table.name(), index, true)));
        return changes;
    }

    /**
     * Missing namespaces are created; a namespace is dropped only when the current schema lists it and the desired one
     * does not (the down migration of its creation), never because Plumb merely stopped looking at it.
     */
    private static List<Change> namespaces(Schema current, Schema desired) {
        List<Change> changes = new ArrayList<>();
        desired.namespaces().stream().filter(ns -> !current.namespaces().contains(ns))
                .forEach(ns -> changes.add(new CreateSchema(ns)));
        current.namespaces().stream().filter(ns -> !desired.namespaces().contains(ns))
                .forEach(ns -> changes.add(new DropSchema(ns)));
        return changes;
    }

    private static List<Change> sequences(Schema current, Schema desired) {
        List<Change> changes = new ArrayList<>();
        for (Sequence sequence : desired.sequences()) {
            Optional<Sequence> existing = current.sequence(sequence.name());
            if (existing.isEmpty()) {
                changes.add(new CreateSequence(sequence));
            } else if (!existing.get().equals(sequence)) {
                changes.add(new AlterSequence(existing.get(), sequence));
            }
        }
        for (Sequence sequence : current.sequences()) {
            if (desired.sequence(sequence.name()).isEmpty()) {
                changes.add(new DropSequence(sequence));
            }
        }
        return changes;
    }
}
