package dev.plumb.dialect.sql;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Column;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.Index;
import dev.plumb.model.IndexElement;
import dev.plumb.model.IndexExpression;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.Schema;
import dev.plumb.model.SqlExpression;
import dev.plumb.model.Table;
import dev.plumb.model.UniqueConstraint;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Applies a dialect's normalization rules to every table of a schema. Beyond the dialect's own rules it:
 * <ul>
 *   <li>drops the default of identity columns (the catalog reports none, and Hibernate writes none);</li>
 *   <li>sorts unique constraints, foreign keys, checks and indexes by what they are (columns, then name), so that the
 *       catalog's order and the entity's order give equal records.</li>
 * </ul>
 * Names are left alone: names the database made up are real names, and the diff ignores names the entity leaves out.
 *
 * @param types       canonical type spelling, compared
 * @param declared    the type's spelling for DDL: what the database must be told to store exactly this type again
 * @param expressions canonical expression text (defaults and check conditions), for comparing: the text to render
 *                    stays as written ({@link SqlExpression})
 * @param onDelete    canonical referential action (H2 treats {@code restrict} as {@code no action}, for example)
 */
public record SchemaRewriter(UnaryOperator<String> types, UnaryOperator<String> declared,
                             UnaryOperator<String> expressions,
                             UnaryOperator<ReferentialAction> onDelete) {

    private static final Comparator<UniqueConstraint> UNIQUE_ORDER = Comparator
            .comparing((UniqueConstraint u) -> names(u.columns()))
            .thenComparing(u -> u.name().map(Identifier::value).orElse(""));
    private static final Comparator<ForeignKey> FOREIGN_KEY_ORDER = Comparator
            .comparing((ForeignKey f) -> names(f.columns()))
            .thenComparing(ForeignKey::referencedTable)
            .thenComparing(f -> f.name().map(Identifier::value).orElse(""));
    private static final Comparator<CheckConstraint> CHECK_ORDER = Comparator
            .comparing(CheckConstraint::expression)
            .thenComparing(c -> c.name().map(Identifier::value).orElse(""));
    private static final Comparator<Index> INDEX_ORDER = Comparator.comparing(Index::name);

    public Schema rewrite(Schema schema) {
        return new Schema(schema.tables().stream().map(this::table).toList(), schema.sequences(),
                schema.namespaces());
    }

    private Table table(Table table) {
        List<Column> columns = table.columns().stream().map(this::column).toList();
        List<ForeignKey> foreignKeys = table.foreignKeys().stream()
                .map(f -> new ForeignKey(f.name(), f.columns(), f.referencedTable(), f.referencedColumns(),
                        onDelete.apply(f.onDelete())))
                .sorted(FOREIGN_KEY_ORDER).toList();
        List<CheckConstraint> checks = table.checks().stream()
                .map(c -> new CheckConstraint(c.name(), c.expression().canonicalizedBy(expressions)))
                .sorted(CHECK_ORDER).toList();
        return table.withColumns(columns).withConstraints(
                table.uniqueConstraints().stream().sorted(UNIQUE_ORDER).toList(), foreignKeys, checks,
                table.indexes().stream().map(this::index).sorted(INDEX_ORDER).toList());
    }

    /** Expression keys and the predicate of a partial index, canonical like every other expression. */
    private Index index(Index index) {
        List<IndexElement> keys = index.columns().stream()
                .map(key -> key instanceof IndexExpression e
                        ? new IndexExpression(e.expression().canonicalizedBy(expressions), e.descending())
                        : key)
                .toList();
        return new Index(index.name(), keys, index.unique(),
                index.predicate().map(p -> p.canonicalizedBy(expressions)));
    }

    private Column column(Column column) {
        Optional<SqlExpression> defaultExpression = column.identity()
                ? Optional.empty()
                : column.defaultExpression().map(d -> d.canonicalizedBy(expressions));
        String spelled = column.declaredType();
        return column.withType(types.apply(spelled), declared.apply(spelled)).withDefault(defaultExpression);
    }

    private static String names(List<Identifier> identifiers) {
        return String.join(",", identifiers.stream().map(Identifier::value).toList());
    }
}
