package dev.plumb.dialect.postgres;

import dev.plumb.dialect.SchemaNormalizer;
import dev.plumb.dialect.sql.ExpressionCanonicalizer;
import dev.plumb.dialect.sql.SchemaRewriter;
import dev.plumb.model.IdentifierCase;
import dev.plumb.model.Schema;

import java.util.function.UnaryOperator;

/**
 * PostgreSQL's canonical form, applied to the entity side (Hibernate's spellings) and the inspected side
 * ({@code format_type} and {@code pg_get_expr} spellings) alike.
 *
 * <table>
 *   <caption>PostgreSQL normalization rules</caption>
 *   <tr><th>What</th><th>catalog / Hibernate spelling</th><th>canonical</th></tr>
 *   <tr><td>types</td><td>{@code character varying(255)} / {@code varchar(255)}</td><td>{@code varchar(255)}</td></tr>
 *   <tr><td>types</td><td>{@code timestamp without time zone} / {@code timestamp(6)}</td><td>{@code timestamp(6)}</td></tr>
 *   <tr><td>types</td><td>{@code double precision} / {@code float(53)}</td><td>{@code double precision}</td></tr>
 *   <tr><td>types</td><td>{@code real} / {@code float4}</td><td>{@code real}</td></tr>
 *   <tr><td>types</td><td>{@code time(0) without time zone} / {@code time(0)}</td><td>{@code time(0)}</td></tr>
 *   <tr><td>types</td><td>{@code character(1)} / {@code char(1)}</td><td>{@code char(1)}</td></tr>
 *   <tr><td>types</td><td>all others</td><td>see {@link PostgresTypes}</td></tr>
 *   <tr><td>defaults</td><td>{@code 'x'::character varying} / {@code 'x'}</td><td>{@code 'x'}</td></tr>
 *   <tr><td>defaults</td><td>{@code '-1'::integer} / {@code -1}</td><td>{@code -1}</td></tr>
 *   <tr><td>defaults</td><td>{@code nextval('t_id_seq'::regclass)} (serial)</td><td>{@code nextval('t_id_seq')}
 *       (kept: a real default)</td></tr>
 *   <tr><td>defaults</td><td>any default of an identity column</td><td>none</td></tr>
 *   <tr><td>checks</td><td>{@code ((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))}
 *       / {@code status in ('A','B')}</td><td>{@code status in ('A', 'B')}</td></tr>
 *   <tr><td>checks</td><td>{@code ((priority >= 0) AND (priority <= 2))} / {@code (priority between 0 and 2)}</td>
 *       <td>{@code priority between 0 and 2}</td></tr>
 *   <tr><td>checks</td><td>{@code <> ALL (ARRAY[...])} / {@code not in (...)}</td><td>{@code not in (...)}</td></tr>
 *   <tr><td>identifiers in expressions</td><td>{@code "Order"}, {@code "order"}, {@code STATUS}</td>
 *       <td>{@code "Order"}, {@code "order"}, {@code status} (folded to lower case, quoted only when needed)</td></tr>
 *   <tr><td>constraint lists</td><td>catalog order / entity order</td><td>sorted by columns, then name</td></tr>
 * </table>
 * The expression rules are those of {@link ExpressionCanonicalizer} with the array and range rewrites on.
 */
public final class PostgresNormalizer implements SchemaNormalizer {

    private final SchemaRewriter rewriter;

    public PostgresNormalizer() {
        ExpressionCanonicalizer expressions = new ExpressionCanonicalizer(IdentifierCase.LOWER, true);
        this.rewriter = new SchemaRewriter(PostgresTypes::canonical, expressions::canonical, UnaryOperator.identity());
    }

    @Override
    public Schema normalize(Schema schema) {
        return rewriter.rewrite(schema);
    }
}
