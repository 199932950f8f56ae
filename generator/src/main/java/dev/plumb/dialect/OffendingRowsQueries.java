package dev.plumb.dialect;

import dev.plumb.diff.AddCheckConstraint;
import dev.plumb.diff.AddForeignKey;
import dev.plumb.diff.AddUniqueConstraint;
import dev.plumb.diff.AlterColumn;
import dev.plumb.diff.Change;
import dev.plumb.diff.OffendingRows;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The reviewer's queries in the SQL every dialect so far understands: the duplicates that block a unique constraint,
 * the orphans that block a foreign key, the rows outside a new check. Identifiers are written by the dialect's
 * quoting, check expressions are already in the dialect's spelling. A dialect adds queries for what only it has by
 * overriding {@link #alteredColumn} (H2's enumerated types).
 */
public class OffendingRowsQueries implements OffendingRows.Queries {

    private final Function<Identifier, String> quote;

    /** @param quote how the dialect writes an identifier ({@code SqlRenderer::quote}) */
    public OffendingRowsQueries(Function<Identifier, String> quote) {
        this.quote = quote;
    }

    @Override
    public Optional<String> query(Change change, UnaryOperator<QualifiedName> tableBefore) {
        if (change instanceof AddUniqueConstraint c) {
            return Optional.of(duplicates(table(tableBefore.apply(c.table())), c.constraint().columns()));
        }
        if (change instanceof AddForeignKey c) {
            return Optional.of(orphans(c, tableBefore));
        }
        if (change instanceof AddCheckConstraint c) {
            return Optional.of("select * from " + table(tableBefore.apply(c.table())) + " where not ("
                    + c.check().expression().text() + ")");
        }
        return change instanceof AlterColumn c ? alteredColumn(c, table(tableBefore.apply(c.table())))
                : Optional.empty();
    }

    /**
     * The query for a column alteration that can fail on existing rows; none by default.
     *
     * @param table the table as the query names it: quoted, by its name before the migration
     */
    protected Optional<String> alteredColumn(AlterColumn change, String table) {
        return Optional.empty();
    }

    /** The dialect's spelling of an identifier. */
    protected final String quote(Identifier identifier) {
        return quote.apply(identifier);
    }

    private String duplicates(String table, List<Identifier> columns) {
        String list = columns.stream().map(quote).collect(Collectors.joining(", "));
        String notNull = columns.stream().map(c -> quote.apply(c) + " is not null")
                .collect(Collectors.joining(" and "));
        return "select " + list + ", count(*) from " + table + " where " + notNull
                + " group by " + list + " having count(*) > 1";
    }

    private String orphans(AddForeignKey change, UnaryOperator<QualifiedName> tableBefore) {
        List<Identifier> columns = change.foreignKey().columns();
        List<Identifier> referenced = change.foreignKey().referencedColumns();
        StringBuilder on = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            on.append(i == 0 ? "" : " and ").append("t.").append(quote.apply(columns.get(i)))
                    .append(" = r.").append(quote.apply(referenced.get(i)));
        }
        String notNull = columns.stream().map(c -> "t." + quote.apply(c) + " is not null")
                .collect(Collectors.joining(" and "));
        return "select t.* from " + table(tableBefore.apply(change.table())) + " t left join "
                + table(tableBefore.apply(change.foreignKey().referencedTable())) + " r on " + on + " where "
                + notNull + " and r." + quote.apply(referenced.get(0)) + " is null";
    }

    private String table(QualifiedName name) {
        return name.namespace().map(ns -> quote.apply(ns) + ".").orElse("") + quote.apply(name.name());
    }
}
