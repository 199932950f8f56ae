package dev.plumb.diff;

import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;

import java.util.List;
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

    /** @param quote how the dialect writes an identifier ({@code SqlRenderer::quote}) */
    public OffendingRows(Function<Identifier, String> quote) {
        this.quote = quote;
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
            return Optional.of("select * from " + table(c.table()) + " where not (" + c.check().expression() + ")");
        }
        return change instanceof AlterColumn c ? enumRemoval(c) : Optional.empty();
    }

    /** Every change of the list that has a query, with it, in order. */
    public List<Review> reviews(List<Change> changes) {
        return changes.stream().flatMap(c -> query(c).map(q -> new Review(c, q)).stream()).toList();
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

    private String table(QualifiedName name) {
        return name.namespace().map(ns -> quote.apply(ns) + ".").orElse("") + quote.apply(name.name());
    }
}
