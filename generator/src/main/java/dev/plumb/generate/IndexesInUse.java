package dev.plumb.generate;

import dev.plumb.diff.AddForeignKey;
import dev.plumb.diff.AddUniqueConstraint;
import dev.plumb.diff.Change;
import dev.plumb.diff.CreateIndex;
import dev.plumb.diff.DropForeignKey;
import dev.plumb.diff.DropIndex;
import dev.plumb.diff.DropUniqueConstraint;
import dev.plumb.model.DialectFeatures;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.Index;
import dev.plumb.model.IndexColumn;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a database lets a foreign key take over an index that covers its columns ({@link
 * DialectFeatures#foreignKeysUseIndexes()}), that index cannot be dropped while the foreign key exists: on an adopted
 * database a hand-made index on a foreign key's columns is such an index. Dropping it then takes the foreign key off
 * around the drop and puts it back after (the planner's phases drop foreign keys first and add them last), so the
 * migration does not fail half-way; the foreign key comes back with its own index.
 *
 * <p>Where a foreign key moves to an index or unique constraint made later on its columns
 * ({@link DialectFeatures#foreignKeysMoveToNewIndexes()}: the database drops the index it had made for the foreign
 * key), adding such an index or unique constraint to an existing table takes the foreign key off around it too, and
 * so does dropping a unique constraint: the foreign key, put back after, keeps the index it had, and the down
 * migration (the inverses, in reverse) can drop the new one.
 */
final class IndexesInUse {

    private IndexesInUse() {
    }

    static List<Change> unblock(List<Change> changes, Schema current, DialectFeatures features) {
        if (!features.foreignKeysUseIndexes()) {
            return changes;
        }
        Set<ForeignKey> touched = new HashSet<>();
        changes.stream().filter(DropForeignKey.class::isInstance).map(c -> ((DropForeignKey) c).foreignKey())
                .forEach(touched::add);
        List<Change> result = new ArrayList<>(changes);
        for (Change change : changes) {
            Optional<Keys> keys = keys(change, features);
            if (keys.isEmpty()) {
                continue;
            }
            Optional<Table> table = current.table(keys.get().table());
            for (ForeignKey key : table.map(Table::foreignKeys).orElse(List.of())) {
                if (covers(keys.get().columns(), key.columns()) && touched.add(key)) {
                    result.add(new DropForeignKey(keys.get().table(), key));
                    result.add(new AddForeignKey(keys.get().table(), key));
                }
            }
        }
        return result;
    }

    /** The keys of an index or unique constraint on a table; empty for an expression key. */
    private record Keys(QualifiedName table, List<Optional<Identifier>> columns) {
    }

    /** The keys a change puts in or takes out of an existing table that a foreign key may need; else empty. */
    private static Optional<Keys> keys(Change change, DialectFeatures features) {
        if (change instanceof DropIndex drop && !drop.withTable()) {
            return Optional.of(new Keys(drop.table(), columns(drop.index())));
        }
        if (!features.foreignKeysMoveToNewIndexes()) {
            return Optional.empty();
        }
        if (change instanceof CreateIndex create && !create.withTable()) {
            return Optional.of(new Keys(create.table(), columns(create.index())));
        }
        if (change instanceof AddUniqueConstraint add) {
            return Optional.of(new Keys(add.table(), add.constraint().columns().stream().map(Optional::of).toList()));
        }
        if (change instanceof DropUniqueConstraint drop) {
            return Optional.of(new Keys(drop.table(), drop.constraint().columns().stream().map(Optional::of)
                    .toList()));
        }
        return Optional.empty();
    }

    private static List<Optional<Identifier>> columns(Index index) {
        return index.columns().stream().map(element -> element instanceof IndexColumn column
                ? Optional.of(column.column()) : Optional.<Identifier>empty()).toList();
    }

    /** The leading keys are the foreign key's columns, in any order. */
    private static boolean covers(List<Optional<Identifier>> keys, List<Identifier> columns) {
        if (keys.size() < columns.size()) {
            return false;
        }
        Set<Identifier> leading = new HashSet<>();
        for (Optional<Identifier> key : keys.subList(0, columns.size())) {
            if (key.isEmpty()) {
                return false;
            }
            leading.add(key.get());
        }
        return leading.equals(new HashSet<>(columns));
    }
}
