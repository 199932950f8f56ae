package dev.plumb.diff;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Column;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.Index;
import dev.plumb.model.IndexColumn;
import dev.plumb.model.IndexElement;
import dev.plumb.model.IndexExpression;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.Table;
import dev.plumb.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The identity of a schema object Plumb can drop or weaken, as one line of text: {@code table shop.book},
 * {@code index book (title desc)}, {@code foreign key book (author_id) references author (id) on delete cascade},
 * {@code not null book.title}, {@code default book.status}. An identity is made of the object's definition in canonical
 * form, never of a name the database or Hibernate made up, so a database object with another generated name is the
 * same object; it is what a generated migration records in {@code @SchemaObjects} and what {@link Ownership} looks up.
 *
 * <p>{@link #created(Change)} lists what a change creates; what it drops is what its inverse creates.
 */
public final class SchemaObjectIds {

    private SchemaObjectIds() {
    }

    /** The objects {@code change} creates or tightens (a NOT NULL it sets, a default it gives). */
    public static List<String> created(Change change) {
        List<String> ids = new ArrayList<>();
        if (change instanceof CreateTable c) {
            ids.add(table(c.table().name()));
            Table table = c.table();
            table.columns().forEach(column -> ids.addAll(columnRules(table.name(), column)));
            table.uniqueConstraints().forEach(u -> ids.add(unique(table.name(), u)));
            table.checks().forEach(check -> ids.add(check(table.name(), check)));
        } else if (change instanceof AddColumn c) {
            ids.addAll(columnRules(c.table(), c.column()));
        } else if (change instanceof AlterColumn c) {
            if (!c.to().nullable() && c.from().nullable()) {
                ids.add(notNull(c.table(), c.to().name()));
            }
            if (c.to().defaultExpression().isPresent() && c.defaultChanged()) {
                ids.add(defaultOf(c.table(), c.to().name()));
            }
        } else if (change instanceof AddUniqueConstraint c) {
            ids.add(unique(c.table(), c.constraint()));
        } else if (change instanceof AddForeignKey c) {
            ids.add(foreignKey(c.table(), c.foreignKey()));
        } else if (change instanceof AddCheckConstraint c) {
            ids.add(check(c.table(), c.check()));
        } else if (change instanceof CreateIndex c) {
            ids.add(index(c.table(), c.index()));
        } else if (change instanceof CreateSequence c) {
            ids.add("sequence " + c.sequence().name());
        }
        return ids;
    }

    /** The objects {@code change} drops or weakens: those its inverse creates. */
    public static List<String> dropped(Change change) {
        return created(change.inverse());
    }

    public static String table(QualifiedName table) {
        return "table " + table;
    }

    public static String index(QualifiedName table, Index index) {
        return "index " + table + " (" + index.columns().stream().map(SchemaObjectIds::element)
                .collect(Collectors.joining(", ")) + ")" + (index.unique() ? " unique" : "")
                + index.predicate().map(p -> " where " + p.canonical()).orElse("");
    }

    public static String unique(QualifiedName table, UniqueConstraint unique) {
        return "unique " + table + " (" + names(unique.columns()) + ")";
    }

    public static String foreignKey(QualifiedName table, ForeignKey fk) {
        return "foreign key " + table + " (" + names(fk.columns()) + ") references " + fk.referencedTable() + " ("
                + names(fk.referencedColumns()) + ")"
                + (fk.onDelete() == ReferentialAction.NO_ACTION ? "" : " on delete " + fk.onDelete().sql());
    }

    public static String check(QualifiedName table, CheckConstraint check) {
        return "check " + table + " " + check.expression().canonical();
    }

    public static String notNull(QualifiedName table, Identifier column) {
        return "not null " + table + "." + column;
    }

    public static String defaultOf(QualifiedName table, Identifier column) {
        return "default " + table + "." + column;
    }

    private static List<String> columnRules(QualifiedName table, Column column) {
        List<String> ids = new ArrayList<>();
        if (!column.nullable()) {
            ids.add(notNull(table, column.name()));
        }
        if (column.defaultExpression().isPresent()) {
            ids.add(defaultOf(table, column.name()));
        }
        return ids;
    }

    /** An index key as identities and reports spell it: {@code title desc}, {@code lower(email)}. */
    static String element(IndexElement element) {
        if (element instanceof IndexColumn column) {
            return column.column() + (column.descending() ? " desc" : "");
        }
        IndexExpression expression = (IndexExpression) element;
        return expression.expression().canonical() + (expression.descending() ? " desc" : "");
    }

    private static String names(List<Identifier> identifiers) {
        return identifiers.stream().map(Identifier::toString).collect(Collectors.joining(", "));
    }
}
