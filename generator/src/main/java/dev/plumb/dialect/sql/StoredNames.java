package dev.plumb.dialect.sql;

import dev.plumb.dialect.NameCollisionException;
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
import dev.plumb.model.Sequence;
import dev.plumb.model.Table;
import dev.plumb.model.UniqueConstraint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every name of a schema as the database stores it, for a database that cuts long names (PostgreSQL: 63 bytes):
 * tables, columns, keys, indexes, sequences, schemas and the references between them. Applied to the entity side,
 * it makes a name longer than the limit compare equal to the cut name the catalog reports, instead of looking like a
 * dropped table and a new one.
 *
 * <p>Two different names that the database would store as one (in the same schema for tables, sequences and
 * indexes; in the same table for columns and constraints) are a mapping the database cannot express:
 * {@link NameCollisionException}, naming both.
 */
public final class StoredNames {

    private final UnaryOperator<String> stored;
    private final String limit;
    /** scope + stored name -> the name as written. */
    private final Map<String, String> seen = new HashMap<>();

    private StoredNames(UnaryOperator<String> stored, String limit) {
        this.stored = stored;
        this.limit = limit;
    }

    /**
     * @param stored the name the database keeps of a written one
     * @param limit  what the database does to long names, for the message ("PostgreSQL keeps only ...")
     */
    public static Schema of(Schema schema, UnaryOperator<String> stored, String limit) {
        return new StoredNames(stored, limit).schema(schema);
    }

    private Schema schema(Schema schema) {
        List<Identifier> namespaces = schema.namespaces().stream().map(ns -> unique(ns, "schema", "")).toList();
        List<Table> tables = schema.tables().stream().map(this::table).toList();
        List<Sequence> sequences = schema.sequences().stream().map(s -> new Sequence(
                relation(s.name(), "sequence"), s.start(), s.increment())).toList();
        return new Schema(tables, sequences, namespaces);
    }

    private Table table(Table table) {
        QualifiedName name = relation(table.name(), "table");
        String own = "table " + table.name();
        String relations = "schema " + table.name().namespace().map(Identifier::toString).orElse("(default)");
        Optional<PrimaryKey> primaryKey = table.primaryKey().map(pk -> new PrimaryKey(
                pk.name().map(n -> unique(n, "constraint", own)), names(pk.columns())));
        List<UniqueConstraint> uniques = table.uniqueConstraints().stream().map(u -> new UniqueConstraint(
                u.name().map(n -> unique(n, "constraint", own)), names(u.columns()))).toList();
        List<ForeignKey> foreignKeys = table.foreignKeys().stream().map(f -> new ForeignKey(
                f.name().map(n -> unique(n, "constraint", own)), names(f.columns()), cut(f.referencedTable()),
                names(f.referencedColumns()), f.onDelete())).toList();
        List<CheckConstraint> checks = table.checks().stream()
                .map(c -> new CheckConstraint(c.name().map(n -> unique(n, "constraint", own)),
                        c.expression().map(this::namesIn))).toList();
        List<Index> indexes = table.indexes().stream().map(i -> new Index(unique(i.name(), "index", relations),
                i.columns().stream().map(this::element).toList(), i.unique(),
                i.predicate().map(p -> p.map(this::namesIn)))).toList();
        return new Table(name, table.columns().stream().map(c -> c.withName(unique(c.name(), "column", own)))
                .toList(), primaryKey, uniques, foreignKeys, checks, indexes);
    }

    private IndexElement element(IndexElement element) {
        return element instanceof IndexColumn c ? new IndexColumn(cut(c.column()), c.descending())
                : new IndexExpression(((IndexExpression) element).expression().map(this::namesIn),
                        element.descending());
    }

    /** A table or sequence: unique among the relations of its schema. */
    private QualifiedName relation(QualifiedName name, String kind) {
        String scope = "schema " + name.namespace().map(Identifier::toString).orElse("(default)");
        return new QualifiedName(name.namespace().map(this::cut), unique(name.name(), kind, scope));
    }

    private Identifier unique(Identifier name, String kind, String scope) {
        Identifier cut = cut(name);
        String key = scope + "\u0000" + (kind.equals("column") ? "column" : "relation or constraint") + "\u0000"
                + cut.value();
        String previous = seen.putIfAbsent(key, kind + " " + name);
        if (previous != null && !previous.equals(kind + " " + name)) {
            throw new NameCollisionException(previous + " and " + kind + " " + name
                    + (scope.isEmpty() ? "" : " (" + scope + ")") + " are both stored as " + cut + ": " + limit
                    + "; give one of them a shorter name");
        }
        return cut;
    }

    /**
     * The expression with every name in it cut: PostgreSQL stores a check on a long column with the cut name. Text
     * without a name that needs cutting (nearly always; always when the whole text is within the limit) is returned
     * as it is.
     */
    private String namesIn(String expression) {
        if (stored.apply(expression).equals(expression)) {
            return expression;
        }
        List<SqlToken> tokens;
        try {
            tokens = SqlTokenizer.tokenize(expression);
        } catch (IllegalArgumentException e) {
            return expression;
        }
        String result = expression;
        for (SqlToken token : tokens) {
            String cut = stored.apply(token.text());
            if (cut.equals(token.text())) {
                continue;
            }
            if (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER) {
                result = result.replace('"' + token.text().replace("\"", "\"\"") + '"', '"' + cut + '"');
            } else if (token.kind() == SqlToken.Kind.WORD) {
                result = result.replaceAll("(?<![\\w$\"])" + Pattern.quote(token.text()) + "(?![\\w$\"])",
                        Matcher.quoteReplacement(cut));
            }
        }
        return result;
    }

    private QualifiedName cut(QualifiedName name) {
        return new QualifiedName(name.namespace().map(this::cut), cut(name.name()));
    }

    private Identifier cut(Identifier name) {
        return new Identifier(stored.apply(name.value()));
    }

    private List<Identifier> names(List<Identifier> identifiers) {
        return identifiers.stream().map(this::cut).toList();
    }
}
