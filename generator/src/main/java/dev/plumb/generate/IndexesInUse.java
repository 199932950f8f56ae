package dev.plumb.generate;

import dev.plumb.diff.AddForeignKey;
import dev.plumb.diff.Change;
import dev.plumb.diff.DropForeignKey;
import dev.plumb.diff.DropIndex;
import dev.plumb.model.DialectFeatures;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.Index;
import dev.plumb.model.IndexColumn;
import dev.plumb.model.IndexElement;
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
            if (change instanceof DropIndex drop && !drop.withTable()) {
                Optional<Table> table = current.table(drop.table());
                for (ForeignKey key : table.map(Table::foreignKeys).orElse(List.of())) {
                    if (covers(drop.index(), key.columns()) && touched.add(key)) {
                        result.add(new DropForeignKey(drop.table(), key));
                        result.add(new AddForeignKey(drop.table(), key));
                    }
                }
            }
        }
        return result;
    }

    /** The index's leading keys are the foreign key's columns, in any order. */
    private static boolean covers(Index index, List<Identifier> columns) {
        if (index.columns().size() < columns.size()) {
            return false;
        }
        Set<Identifier> leading = new HashSet<>();
        for (IndexElement element : index.columns().subList(0, columns.size())) {
            if (!(element instanceof IndexColumn column)) {
                return false;
            }
            leading.add(column.column());
        }
        return leading.equals(new HashSet<>(columns));
    }
}
