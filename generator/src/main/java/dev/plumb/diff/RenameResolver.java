package dev.plumb.diff;

import dev.plumb.model.Column;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns declared renames into {@link RenameTable} and {@link RenameColumn} changes, and the current schema into
 * what it will be once they ran ({@link SchemaRenamer}), so the rest of the diff compares the renamed tables with
 * the desired ones as usual. A declared rename applies only while the old name exists and the new one does not:
 * once applied it is a no-op.
 */
final class RenameResolver {

    /** The rename changes and the current schema with them applied. */
    record Resolved(List<Change> renames, Schema current) {
    }

    private final Schema desired;
    private final List<Change> renames = new ArrayList<>();
    private Schema current;

    RenameResolver(Schema current, Schema desired) {
        this.current = current;
        this.desired = desired;
    }

    Resolved resolve(RenameHints hints) {
        hints.tables().forEach(this::table);
        columns(hints.columns());
        return new Resolved(List.copyOf(renames), current);
    }

    private void table(RenameHints.TableRename hint) {
        Optional<Table> wanted = desired.tables().stream()
                .filter(t -> NameMatch.matches(hint.schema(), hint.to(), t.name())).findFirst();
        Optional<Table> old = wanted.flatMap(w -> current.tables().stream()
                .filter(t -> t.name().namespace().equals(w.name().namespace())
                        && NameMatch.matches(hint.from(), t.name().name())).findFirst());
        boolean done = wanted.isPresent() && current.table(wanted.get().name()).isPresent();
        if (wanted.isPresent() && old.isPresent() && !done) {
            QualifiedName from = old.get().name();
            QualifiedName to = wanted.get().name();
            renames.add(new RenameTable(from, to, old.get().columns().stream()
                    .filter(Column::identity).map(Column::name).toList()));
            current = SchemaRenamer.renameTable(current, from, to);
        } else if (!hint.fromCode() && !(done && old.isEmpty())) {
            throw new HintException("--rename-table " + hint + ": " + (wanted.isEmpty()
                    ? "no entity table " + hint.to() : "no table " + hint.from() + " in the database")
                    + "; name the table as the database has it and the new name as the entities do");
        }
    }

    /** A declared column rename as it applies to the current schema: both names found. */
    private record ColumnStep(RenameHints.ColumnRename hint, QualifiedName table, Identifier from, Identifier to) {
    }

    /**
     * Column renames are resolved together, so that chains work: with {@code score -> title} and
     * {@code created -> score}, the name {@code score} counts as free because another rename vacates it. A rename is
     * done (a no-op) once its new name exists and no other rename vacates it. A cycle declared through
     * {@code @RenamedFrom} is refused: the annotations stay in the code, so the columns would be swapped again on
     * every generate; a swap is declared once, with {@code --rename}.
     */
    private void columns(List<RenameHints.ColumnRename> hints) {
        List<ColumnStep> candidates = new ArrayList<>();
        for (RenameHints.ColumnRename hint : hints) {
            Optional<Table> wanted = desired.tables().stream()
                    .filter(t -> NameMatch.matches(hint.schema(), hint.table(), t.name())).findFirst();
            Optional<Table> existing = wanted.flatMap(w -> current.table(w.name()));
            Optional<Identifier> to = wanted.flatMap(w -> find(w, hint.to()));
            Optional<Identifier> from = existing.flatMap(t -> find(t, hint.from()));
            if (from.isPresent() && to.isPresent()) {
                candidates.add(new ColumnStep(hint, existing.get().name(), from.get(), to.get()));
            } else if (!hint.fromCode() && !(to.isPresent() && existing.isPresent()
                    && existing.get().column(to.get()).isPresent() && from.isEmpty())) {
                throw new HintException("--rename " + hint + ": " + (to.isEmpty()
                        ? "no column " + hint.to() + " in entity table " + hint.table()
                        : "no column " + hint.from() + " in table " + hint.table() + " in the database")
                        + "; write TABLE.OLD=NEW with the table's new name");
            }
        }
        List<ColumnStep> steps = candidates.stream()
                .filter(step -> !step.from().equals(step.to()))
                .filter(step -> current.table(step.table()).orElseThrow().column(step.to()).isEmpty()
                        || vacated(step.table(), step.to(), candidates))
                .toList();
        candidates.stream().filter(c -> !c.hint().fromCode() && !steps.contains(c)).findFirst().ifPresent(c -> {
            throw new HintException("--rename " + c.hint() + ": table " + c.table() + " has both " + c.from()
                    + " and " + c.to() + " already, so the rename names nothing that changes; drop the option");
        });
        refuseCodeDeclaredCycles(steps);
        Map<QualifiedName, List<ColumnStep>> byTable = new LinkedHashMap<>();
        steps.forEach(step -> byTable.computeIfAbsent(step.table(), t -> new ArrayList<>()).add(step));
        byTable.forEach(this::renameTogether);
    }

    private static boolean vacated(QualifiedName table, Identifier name, List<ColumnStep> candidates) {
        return candidates.stream().anyMatch(other -> other.table().equals(table) && other.from().equals(name)
                && !other.to().equals(name));
    }

    private static void refuseCodeDeclaredCycles(List<ColumnStep> steps) {
        for (ColumnStep start : steps) {
            List<ColumnStep> path = new ArrayList<>(List.of(start));
            Optional<ColumnStep> next = following(start, steps);
            while (next.isPresent() && !path.contains(next.get())) {
                path.add(next.get());
                next = following(next.get(), steps);
            }
            if (next.isPresent() && next.get().equals(start) && path.stream().anyMatch(s -> s.hint().fromCode())) {
                throw new HintException("columns " + path.stream().map(s -> s.table() + "." + s.from())
                        .collect(Collectors.joining(", ")) + " swap names through @RenamedFrom, which stays in the"
                        + " code and would swap them again on every generate: declare the swap once with "
                        + path.stream().map(s -> "--rename " + s.table() + "." + s.from() + "=" + s.to())
                        .collect(Collectors.joining(" ")) + " and remove those annotations");
            }
        }
    }

    /** The step that takes over the name this one vacates. */
    private static Optional<ColumnStep> following(ColumnStep step, List<ColumnStep> steps) {
        return steps.stream().filter(s -> s.table().equals(step.table()) && s.to().equals(step.from())).findFirst();
    }

    /** All of a table's renames at once, through temporary names, so no step sees a name another still holds. */
    private void renameTogether(QualifiedName table, List<ColumnStep> steps) {
        List<Identifier> temporaries = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Identifier temporary = new Identifier("\u0000rename" + i);
            temporaries.add(temporary);
            current = SchemaRenamer.renameColumn(current, table, steps.get(i).from(), temporary);
        }
        for (int i = 0; i < steps.size(); i++) {
            ColumnStep step = steps.get(i);
            current = SchemaRenamer.renameColumn(current, table, temporaries.get(i), step.to());
            renames.add(new RenameColumn(table, step.from(), step.to()));
        }
    }

    private static Optional<Identifier> find(Table table, String written) {
        return table.columns().stream().map(Column::name).filter(n -> NameMatch.matches(written, n)).findFirst();
    }
}
