package dev.plumb.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Groups the changes of a review by the kind of discrepancy between the entities and the database (a type, a length,
 * a nullability, a missing column, a missing foreign key, ...), with counts. On an adopted database a reviewer meets
 * dozens of differences at once; the counts tell at a glance whether the entities or the database are off, and where
 * to decide item by item.
 */
public final class DiscrepancyKinds {

    private DiscrepancyKinds() {
    }

    /** Kind to number of changes of that kind, in kind order; a column alteration counts once per aspect it changes. */
    public static Map<String, Integer> count(List<Change> changes) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Change change : changes) {
            kinds(change).forEach(kind -> counts.merge(kind, 1, Integer::sum));
        }
        return counts;
    }

    /** {@code 3 length, 1 missing column, 2 type}; empty when there are no changes. */
    public static String summary(List<Change> changes) {
        return count(changes).entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    static List<String> kinds(Change change) {
        if (change instanceof AlterColumn alter) {
            return columnKinds(alter);
        }
        if (change instanceof CreateIndex create) {
            return List.of(create.index().unique() ? "missing unique" : "missing index");
        }
        if (change instanceof DropIndex drop) {
            return List.of(drop.index().unique() ? "extra unique" : "extra index");
        }
        return List.of(simpleKind(change));
    }

    private static String simpleKind(Change change) {
        if (change instanceof CreateTable) {
            return "missing table";
        } else if (change instanceof DropTable) {
            return "extra table";
        } else if (change instanceof AddColumn) {
            return "missing column";
        } else if (change instanceof DropColumn) {
            return "extra column";
        } else if (change instanceof AddPrimaryKey || change instanceof DropPrimaryKey) {
            return "primary key";
        } else if (change instanceof AddUniqueConstraint) {
            return "missing unique";
        } else if (change instanceof DropUniqueConstraint) {
            return "extra unique";
        } else if (change instanceof AddForeignKey) {
            return "missing foreign key";
        } else if (change instanceof DropForeignKey) {
            return "extra foreign key";
        } else if (change instanceof AddCheckConstraint) {
            return "missing check";
        } else if (change instanceof DropCheckConstraint) {
            return "extra check";
        } else if (change instanceof CreateSequence || change instanceof CreateSchema) {
            return "missing sequence or schema";
        } else if (change instanceof DropSequence || change instanceof DropSchema || change instanceof AlterSequence) {
            return "sequence or schema";
        }
        return "rename";
    }

    private static List<String> columnKinds(AlterColumn alter) {
        List<String> kinds = new ArrayList<>();
        if (alter.typeChanged()) {
            kinds.add(alter.typeEffect().sameBase() ? "length" : "type");
        }
        if (alter.nullabilityChanged()) {
            kinds.add("nullability");
        }
        if (alter.defaultChanged()) {
            kinds.add("default");
        }
        if (alter.identityChanged()) {
            kinds.add("identity");
        }
        return kinds.isEmpty() ? List.of("column") : kinds;
    }
}
