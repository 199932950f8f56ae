package dev.plumb.diff;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.Index;
import dev.plumb.model.IndexColumn;
import dev.plumb.model.IndexElement;
import dev.plumb.model.IndexExpression;
import dev.plumb.model.PrimaryKey;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;
import dev.plumb.model.UniqueConstraint;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schema as it is after a rename ran: the table or column carries its new name everywhere it is mentioned (keys,
 * indexes, checks, foreign keys of other tables), as the database itself does on {@code rename}. Constraint and index
 * names stay, as they do in the database; if the entities name them differently, the diff replaces them.
 */
final class SchemaRenamer {

    private SchemaRenamer() {
    }

    static Schema renameTable(Schema schema, QualifiedName from, QualifiedName to) {
        List<Table> tables = schema.tables().stream().map(table -> {
            Table renamed = table.name().equals(from) ? rename(table, to) : table;
            return renamed.withConstraints(renamed.uniqueConstraints(), renamed.foreignKeys().stream()
                    .map(fk -> fk.referencedTable().equals(from) ? new ForeignKey(fk.name(), fk.columns(), to,
                            fk.referencedColumns(), fk.onDelete()) : fk)
                    .toList(), renamed.checks(), renamed.indexes());
        }).toList();
        return schema.withTables(tables);
    }

    static Schema renameColumn(Schema schema, QualifiedName table, Identifier from, Identifier to) {
        UnaryOperator<Identifier> swap = id -> id.equals(from) ? to : id;
        List<Table> tables = schema.tables().stream().map(t -> {
            Table renamed = t.name().equals(table) ? ownColumn(t, from, to, swap) : t;
            return renamed.withConstraints(renamed.uniqueConstraints(), renamed.foreignKeys().stream()
                    .map(fk -> fk.referencedTable().equals(table) ? new ForeignKey(fk.name(), fk.columns(),
                            fk.referencedTable(), map(fk.referencedColumns(), swap), fk.onDelete()) : fk)
                    .toList(), renamed.checks(), renamed.indexes());
        }).toList();
        return schema.withTables(tables);
    }

    private static Table rename(Table table, QualifiedName to) {
        return new Table(to, table.columns(), table.primaryKey(), table.uniqueConstraints(), table.foreignKeys(),
                table.checks(), table.indexes());
    }

    private static Table ownColumn(Table table, Identifier from, Identifier to, UnaryOperator<Identifier> swap) {
        Table renamed = table.withColumns(table.columns().stream()
                .map(c -> c.name().equals(from) ? c.withName(to) : c)
                .toList());
        renamed = renamed.withPrimaryKey(renamed.primaryKey()
                .map(pk -> new PrimaryKey(pk.name(), map(pk.columns(), swap))));
        return renamed.withConstraints(
                renamed.uniqueConstraints().stream()
                        .map(u -> new UniqueConstraint(u.name(), map(u.columns(), swap))).toList(),
                renamed.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), map(fk.columns(), swap),
                        fk.referencedTable(), fk.referencedColumns(), fk.onDelete())).toList(),
                renamed.checks().stream().map(c -> new CheckConstraint(c.name(),
                        c.expression().map(text -> renameInExpression(text, from, to)))).toList(),
                renamed.indexes().stream().map(i -> new Index(i.name(), i.columns().stream()
                        .map(key -> renameKey(key, from, to, swap)).toList(), i.unique(),
                        i.predicate().map(p -> p.map(text -> renameInExpression(text, from, to))))).toList());
    }

    private static IndexElement renameKey(IndexElement key, Identifier from, Identifier to,
                                          UnaryOperator<Identifier> swap) {
        if (key instanceof IndexColumn column) {
            return new IndexColumn(swap.apply(column.column()), column.descending());
        }
        IndexExpression expression = (IndexExpression) key;
        return new IndexExpression(expression.expression().map(text -> renameInExpression(text, from, to)),
                expression.descending());
    }

    /**
     * The check's text with the column's new name, as the database rewrites it. Matches the name as a whole word
     * outside string literals' quotes (a literal that happens to equal the name is a known, harmless miss: the diff
     * then replaces the check).
     */
    static String renameInExpression(String expression, Identifier from, Identifier to) {
        Pattern bare = Pattern.compile("(?<![\\w\"'.])" + Pattern.quote(from.value()) + "(?![\\w\"'])",
                Pattern.CASE_INSENSITIVE);
        String renamed = bare.matcher(expression).replaceAll(Matcher.quoteReplacement(to.value()));
        return renamed.replace("\"" + from.value() + "\"", "\"" + to.value() + "\"");
    }

    private static List<Identifier> map(List<Identifier> ids, UnaryOperator<Identifier> swap) {
        return ids.stream().map(swap).toList();
    }
}
