package dev.plumb.diff;

import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The query a reviewer runs before applying a change that can fail on rows already in the table: it returns the
 * rows that would make it fail (none means the change will apply). Dialect-neutral SQL; identifiers are written by
 * the dialect's quoting, check expressions are already in the dialect's spelling.
 */
public final class OffendingRows {

    private final Function<Identifier, String> quote;
    /** Tables renamed by the same migration, new name to old: the queries run before it, on the old names. */
    private final Map<QualifiedName, QualifiedName> oldNames;

    /** @param quote how the dialect writes an identifier ({@code SqlRenderer::quote}) */
    public OffendingRows(Function<Identifier, String> quote) {
        this(quote, Map.of());
    }

    private OffendingRows(Function<Identifier, String> quote, Map<QualifiedName, QualifiedName> oldNames) {
        this.quote = quote;
        this.oldNames = oldNames;
    }

    /** The query for a change that can fail on existing rows, or empty when it cannot or no query tells. */
    public Optional<String> query(Change change) {
        if (change instanceof AddUniqueConstraint c) {
            return Optional.of(duplicates(c.table(), c.constraint().columns()));
        }
        if (change instanceof AddForeignKey c) {
            return Optional.of(orphans(c));
        }
        if (change instanceof AddCheckConstraint c) {
            return Optional.of("select * from " + table(c.table()) + " where not (" + c.check().expression().text() + ")");
        }
        return change instanceof AlterColumn c ? enumRemoval(c) : Optional.empty();
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
        OffendingRows before = new OffendingRows(quote, renamed);
        return changes.stream()
                .filter(c -> !created.contains(ChangeSubject.of(c).owner()))
                .filter(c -> !(c instanceof AddForeignKey fk && created.contains(fk.foreignKey().referencedTable())))
                .flatMap(c -> before.query(c).map(q -> new Review(c, q)).stream()).toList();
    }

    /** A change and the query that finds the rows it can fail on. */
    public record Review(Change change, String query) {
    }

    private String duplicates(QualifiedName table, List<Identifier> columns) {
        String list = columns(columns);
        String notNull = columns.stream().map(c -> quote.apply(c) + " is not null")
                .collect(Collectors.joining(" and "));
        return "select " + list + ", count(*) from " + table(table) + " where " + notNull
                + " group by " + list + " having count(*) > 1";
    }

    private String orphans(AddForeignKey change) {
        List<Identifier> columns = change.foreignKey().columns();
        List<Identifier> referenced = change.foreignKey().referencedColumns();
        StringBuilder on = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            on.append(i == 0 ? "" : " and ").append("t.").append(quote.apply(columns.get(i)))
                    .append(" = r.").append(quote.apply(referenced.get(i)));
        }
        String notNull = columns.stream().map(c -> "t." + quote.apply(c) + " is not null")
                .collect(Collectors.joining(" and "));
        return "select t.* from " + table(change.table()) + " t left join "
                + table(change.foreignKey().referencedTable()) + " r on " + on + " where " + notNull
                + " and r." + quote.apply(referenced.get(0)) + " is null";
    }

    /** An enum type losing constants (H2): the rows that still hold one. */
    private Optional<String> enumRemoval(AlterColumn change) {
        Optional<List<String>> was = EnumConstants.of(change.from().type());
        Optional<List<String>> will = EnumConstants.of(change.to().type());
        if (was.isEmpty() || will.isEmpty()) {
            return Optional.empty();
        }
        List<String> removed = EnumConstants.removed(was.get(), will.get());
        if (removed.isEmpty()) {
            return Optional.empty();
        }
        String column = quote.apply(change.to().name());
        return Optional.of("select " + column + ", count(*) from " + table(change.table()) + " where " + column
                + " in (" + EnumConstants.sqlList(removed) + ") group by " + column);
    }

    private String columns(List<Identifier> columns) {
        return columns.stream().map(quote).collect(Collectors.joining(", "));
    }

    private String table(QualifiedName current) {
        QualifiedName name = oldNames.getOrDefault(current, current);
        return name.namespace().map(ns -> quote.apply(ns) + ".").orElse("") + quote.apply(name.name());
    }
}
