package dev.plumb.diff;

import dev.plumb.model.QualifiedName;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Which changes of a migration a reviewer should check against the rows already in the tables, with the query that
 * returns the rows that would make each one fail (none means the change will apply). The query is SQL the reviewer
 * runs on the database, so the dialect writes it ({@link Queries}); this class decides which changes get one and on
 * which table names.
 */
public final class OffendingRows {

    private final Queries queries;

    /** @param queries the dialect's queries ({@code SqlDialect.offendingRows()}) */
    public OffendingRows(Queries queries) {
        this.queries = queries;
    }

    /** The dialect's side: the query for one change. */
    public interface Queries {

        /**
         * The query for a change that can fail on existing rows, or empty when it cannot or no query tells.
         *
         * @param tableBefore the name a table has before the migration runs (the queries run before it)
         */
        Optional<String> query(Change change, UnaryOperator<QualifiedName> tableBefore);
    }

    /**
     * Every change of a migration's list that has a query, with it, in order. A change on a table the migration
     * creates is left out (the table is empty, nothing can fail), and so is a foreign key to a new table (the query
     * could not run before the migration); a table the migration renames is queried by its old name.
     */
    public List<Review> reviews(List<Change> changes) {
        Set<QualifiedName> created = new HashSet<>();
        Map<QualifiedName, QualifiedName> renamed = new HashMap<>();
        for (Change change : changes) {
            if (change instanceof CreateTable c) {
                created.add(c.table().name());
            } else if (change instanceof RenameTable r) {
                renamed.put(r.to(), r.from());
            }
        }
        UnaryOperator<QualifiedName> before = name -> renamed.getOrDefault(name, name);
        return changes.stream()
                .filter(c -> !created.contains(ChangeSubject.of(c).owner()))
                .filter(c -> !(c instanceof AddForeignKey fk && created.contains(fk.foreignKey().referencedTable())))
                .flatMap(c -> queries.query(c, before).map(q -> new Review(c, q)).stream()).toList();
    }

    /** A change and the query that finds the rows it can fail on. */
    public record Review(Change change, String query) {
    }
}
