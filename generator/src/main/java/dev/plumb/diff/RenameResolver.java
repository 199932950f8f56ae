package dev.plumb.diff;

import dev.plumb.model.Column;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        hints.columns().forEach(this::column);
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

    private void column(RenameHints.ColumnRename hint) {
        Optional<Table> wanted = desired.tables().stream()
                .filter(t -> NameMatch.matches(hint.schema(), hint.table(), t.name())).findFirst();
        Optional<Table> existing = wanted.flatMap(w -> current.table(w.name()));
        Optional<Identifier> to = wanted.flatMap(w -> find(w, hint.to()));
        Optional<Identifier> from = existing.flatMap(t -> find(t, hint.from()));
        boolean done = existing.isPresent() && to.isPresent() && existing.get().column(to.get()).isPresent();
        if (from.isPresent() && to.isPresent() && !done) {
            QualifiedName table = existing.get().name();
            renames.add(new RenameColumn(table, from.get(), to.get()));
            current = SchemaRenamer.renameColumn(current, table, from.get(), to.get());
        } else if (!hint.fromCode() && !(done && from.isEmpty())) {
            throw new HintException("--rename " + hint + ": " + (to.isEmpty()
                    ? "no column " + hint.to() + " in entity table " + hint.table()
                    : "no column " + hint.from() + " in table " + hint.table() + " in the database")
                    + "; write TABLE.OLD=NEW with the table's new name");
        }
    }

    private static Optional<Identifier> find(Table table, String written) {
        return table.columns().stream().map(Column::name).filter(n -> NameMatch.matches(written, n)).findFirst();
    }
}
