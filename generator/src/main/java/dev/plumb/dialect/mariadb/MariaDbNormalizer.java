package dev.plumb.dialect.mariadb;

import dev.plumb.dialect.SchemaNormalizer;
import dev.plumb.dialect.sql.ExpressionCanonicalizer;
import dev.plumb.dialect.sql.SchemaRewriter;
import dev.plumb.model.Column;
import dev.plumb.model.Index;
import dev.plumb.model.PrimaryKey;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.Schema;
import dev.plumb.model.SqlExpression;
import dev.plumb.model.Table;
import dev.plumb.model.UniqueConstraint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB's canonical form, applied to the entity side (Hibernate's {@code MariaDBDialect} spellings) and the
 * inspected side ({@code information_schema} spellings) alike.
 *
 * <table>
 *   <caption>MariaDB normalization rules</caption>
 *   <tr><th>What</th><th>catalog / Hibernate spelling</th><th>canonical</th></tr>
 *   <tr><td>types</td><td>{@code int(11)} / {@code integer}; {@code bigint(20)} / {@code bigint}</td>
 *       <td>{@code int}, {@code bigint}; see {@link MariaDbTypes}</td></tr>
 *   <tr><td>types</td><td>{@code longtext} + {@code json_valid} check / {@code json}</td><td>{@code json}</td></tr>
 *   <tr><td>defaults</td><td>{@code 'x'} (quoted literals, 10.2.7+), the word {@code NULL} / {@code 'x'}, none</td>
 *       <td>{@code 'x'}, none (the inspector drops {@code NULL})</td></tr>
 *   <tr><td>defaults</td><td>{@code current_timestamp()}, {@code current_timestamp(6)} / {@code current_timestamp},
 *       {@code now()}</td><td>{@code current_timestamp}, {@code current_timestamp(6)}</td></tr>
 *   <tr><td>defaults of {@code tinyint(1)} and {@code bit(1)}</td><td>{@code 1}, {@code b'1'} / {@code true}</td>
 *       <td>{@code true} ({@code false} likewise)</td></tr>
 *   <tr><td>defaults of date and time columns</td><td>{@code '2020-01-01 00:00:00.000'} /
 *       {@code date '2020-01-01'}, {@code '2020-01-01'}</td><td>MariaDB's spelling for the column's precision, see
 *       {@link MariaDbTemporalLiterals}</td></tr>
 *   <tr><td>defaults of numbers</td><td>{@code 1} / {@code '1'}, {@code cast('1' as integer)}</td>
 *       <td>{@code 1}</td></tr>
 *   <tr><td>defaults</td><td>none / {@code null}</td><td>none</td></tr>
 *   <tr><td>checks and defaults</td><td>{@code ucase(`s`)}, {@code `b` = 1} / {@code upper(s)}, {@code b = true}</td>
 *       <td>as stored, see {@link MariaDbStoredForms}</td></tr>
 *   <tr><td>defaults of decimals</td><td>{@code 0.50} (the column's scale) / {@code 0.5}</td><td>{@code 0.5}</td></tr>
 *   <tr><td>checks</td><td>{@code `status` in ('A','B')} / {@code status in ('A','B')}</td>
 *       <td>{@code status in ('A', 'B')}</td></tr>
 *   <tr><td>checks</td><td>{@code octet_length(`s`)}, {@code ucase}, {@code `x` MOD 2} / {@code length(s)},
 *       {@code upper}, {@code x % 2}</td><td>MariaDB's stored names, {@code %} (see {@link MariaDbStoredForms})</td></tr>
 *   <tr><td>on delete</td><td>{@code RESTRICT} / none</td><td>{@code no action} (InnoDB: "NO ACTION is a synonym
 *       for RESTRICT")</td></tr>
 *   <tr><td>unique indexes</td><td>a {@code UNIQUE} constraint / {@code @Index(unique = true)}</td><td>a unique
 *       constraint: MariaDB keeps one object for both and lists it as a constraint</td></tr>
 *   <tr><td>charset and collation</td><td>{@code utf8mb4}, {@code utf8mb4_general_ci} / none</td><td>not compared:
 *       columns take the table's defaults</td></tr>
 *   <tr><td>primary key name</td><td>{@code PRIMARY}, always / none</td><td>none (MariaDB ignores a name given to a
 *       primary key)</td></tr>
 *   <tr><td>generated names</td><td>{@code CONSTRAINT_1}, {@code t_ibfk_1} / none</td><td>compared only where the
 *       entity names the constraint</td></tr>
 *   <tr><td>foreign-key indexes</td><td>the index InnoDB creates for a foreign key, named after it / none</td>
 *       <td>not an index (left out by {@code indexes.sql})</td></tr>
 * </table>
 */
public final class MariaDbNormalizer implements SchemaNormalizer {

    private static final Set<String> BOOLEAN_TYPES = Set.of("tinyint(1)", "bit(1)");
    private static final Pattern NUMERIC_TYPE =
            Pattern.compile("(tiny|small|medium|big)?int( unsigned)?|decimal.*|double|float");
    private static final Pattern TEMPORAL_TYPE = Pattern.compile("date|(datetime|timestamp|time)\\(\\d\\)");
    private static final Pattern TYPED_LITERAL = Pattern.compile("(?i)(date|time|timestamp) ('[^']*')");
    private static final Pattern QUOTED_NUMBER = Pattern.compile("'([-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?)'");

    private final ExpressionCanonicalizer expressions =
            new ExpressionCanonicalizer(MariaDbDialect.QUOTING, new MariaDbStoredForms());
    private final SchemaRewriter rewriter = new SchemaRewriter(
            MariaDbColumnChecks.withoutCheck(MariaDbTypes::canonical),
            MariaDbColumnChecks.keepingCheck(MariaDbTypes::canonical),
            this::settled,
            action -> action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action);

    @Override
    public Schema normalize(Schema schema) {
        MariaDbNames.check(schema);
        Schema rewritten = rewriter.rewrite(schema);
        return rewritten.withTables(rewritten.tables().stream().map(this::table).toList());
    }

    private Table table(Table table) {
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
        List<Index> indexes = new ArrayList<>();
        for (Index index : table.indexes()) {
            if (index.unique() && index.plain() && index.columns().stream().noneMatch(c -> c.descending())) {
                uniques.add(new UniqueConstraint(Optional.of(index.name()), index.columns().stream()
                        .map(c -> ((dev.plumb.model.IndexColumn) c).column()).toList()));
            } else {
                indexes.add(index);
            }
        }
        uniques.sort(Comparator.comparing((UniqueConstraint u) -> u.columns().toString())
                .thenComparing(u -> u.name().map(n -> n.value()).orElse("")));
        return table.withColumns(table.columns().stream().map(this::column).toList())
                .withPrimaryKey(table.primaryKey().map(pk -> new PrimaryKey(Optional.empty(), pk.columns())))
                .withConstraints(uniques, table.foreignKeys(), table.checks(), indexes);
    }

    /**
     * Canonical, twice: the shared steps after the stored forms (a {@code not b} read as {@code b = false}) can
     * bring back a spelling that MariaDB stores otherwise ({@code b = 0}); canonical text is a fixed point.
     */
    private String settled(String expression) {
        return expressions.canonical(expressions.canonical(expression));
    }

    private Column column(Column column) {
        if (column.defaultExpression().isEmpty()) {
            return column;
        }
        SqlExpression value = column.defaultExpression().get();
        if (value.canonical().equals("null")) {
            // default null is no default: the catalog reads NULL for both, and the inspector drops it
            return column.withDefault(Optional.empty());
        }
        if (BOOLEAN_TYPES.contains(column.type())) {
            return column.withDefault(Optional.of(value.canonicalizedBy(t -> bool(expressions.canonical(bits(t))))));
        }
        if (NUMERIC_TYPE.matcher(column.type()).matches()) {
            return column.withDefault(Optional.of(value.canonicalizedBy(
                    t -> number(unquoted(expressions.canonical(t))))));
        }
        if (TEMPORAL_TYPE.matcher(column.type()).matches()) {
            return column.withDefault(Optional.of(value.canonicalizedBy(
                    t -> MariaDbTemporalLiterals.stored(column.type(), untyped(expressions.canonical(t))))));
        }
        return column;
    }

    /**
     * A quoted number as the default of a numeric column is that number: MariaDB converts it when it stores the
     * column, and prints {@code cast('1' as integer)} as {@code (cast('1' as signed))}, a cast the canonical form
     * drops from a literal.
     */
    private static String unquoted(String canonical) {
        Matcher number = QUOTED_NUMBER.matcher(canonical);
        return number.matches() ? number.group(1) : canonical;
    }

    /**
     * A typed literal as the default of a date or time column is stored as the bare string: {@code date '2020-01-01'}
     * reads back as {@code '2020-01-01'}
     * (<a href="https://mariadb.com/kb/en/date-and-time-literals/">Date and time literals</a>).
     */
    private static String untyped(String canonical) {
        Matcher typed = TYPED_LITERAL.matcher(canonical);
        return typed.matches() ? typed.group(2) : canonical;
    }

    /** MariaDB prints a bit default as a bit literal, {@code b'1'}. */
    private static String bits(String text) {
        return text.trim().matches("(?i)b'[01]'") ? text.trim().substring(2, 3) : text;
    }

    private static String bool(String canonical) {
        return switch (canonical) {
            case "1", "b'1'", "true" -> "true";
            case "0", "b'0'", "false" -> "false";
            default -> canonical;
        };
    }

    private static String number(String canonical) {
        try {
            BigDecimal value = new BigDecimal(canonical).stripTrailingZeros();
            return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
        } catch (NumberFormatException e) {
            return canonical;
        }
    }
}
