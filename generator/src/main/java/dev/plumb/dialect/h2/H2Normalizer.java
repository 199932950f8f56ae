package dev.plumb.dialect.h2;

import dev.plumb.dialect.SchemaNormalizer;
import dev.plumb.dialect.sql.ExpressionCanonicalizer;
import dev.plumb.dialect.sql.SchemaRewriter;
import dev.plumb.model.IdentifierCase;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.Schema;

/**
 * H2's canonical form, applied to the entity side (Hibernate's spellings) and the inspected side
 * ({@code INFORMATION_SCHEMA} spellings, see {@link H2ColumnType}) alike.
 *
 * <table>
 *   <caption>H2 normalization rules</caption>
 *   <tr><th>What</th><th>catalog / Hibernate spelling</th><th>canonical</th></tr>
 *   <tr><td>types</td><td>{@code CHARACTER VARYING(255)} / {@code varchar(255)}</td><td>{@code varchar(255)}</td></tr>
 *   <tr><td>types</td><td>{@code BIGINT} (binary precision 64 ignored) / {@code bigint}</td><td>{@code bigint}</td></tr>
 *   <tr><td>types</td><td>{@code DOUBLE PRECISION} / {@code float(53)}</td><td>{@code double precision}</td></tr>
 *   <tr><td>types</td><td>{@code REAL} / {@code float(24)}, {@code float4}</td><td>{@code real}</td></tr>
 *   <tr><td>types</td><td>{@code NUMERIC(19, 2)} / {@code numeric(19,2)}</td><td>{@code numeric(19,2)}</td></tr>
 *   <tr><td>types</td><td>{@code TIMESTAMP(6) WITH TIME ZONE} / same in lower case</td>
 *       <td>{@code timestamp(6) with time zone}</td></tr>
 *   <tr><td>types</td><td>{@code BINARY VARYING(255)} / {@code varbinary(255)}</td><td>{@code varbinary(255)}</td></tr>
 *   <tr><td>types</td><td>{@code CHARACTER LARGE OBJECT} / {@code clob}</td><td>{@code clob}</td></tr>
 *   <tr><td>types</td><td>{@code ENUM('A','B')} / {@code enum ('A','B')}</td><td>{@code enum ('A','B')}</td></tr>
 *   <tr><td>types</td><td>all others</td><td>see {@link H2Types}</td></tr>
 *   <tr><td>defaults</td><td>{@code FALSE} / {@code false}</td><td>{@code false}</td></tr>
 *   <tr><td>defaults</td><td>{@code RANDOM_UUID()} / {@code random_uuid()}</td><td>{@code random_uuid()}</td></tr>
 *   <tr><td>defaults</td><td>any default of an identity column</td><td>none</td></tr>
 *   <tr><td>checks</td><td>{@code "PRIORITY" BETWEEN 0 AND 2} / {@code (priority between 0 and 2)}</td>
 *       <td>{@code priority between 0 and 2}</td></tr>
 *   <tr><td>checks</td><td>{@code "PAYMENT_TYPE" IN('CARD', 'BANK')} / {@code payment_type in ('CARD','BANK')}</td>
 *       <td>{@code payment_type in ('CARD', 'BANK')}</td></tr>
 *   <tr><td>identifiers in expressions</td><td>{@code "PRIORITY"}, {@code "order"}</td>
 *       <td>{@code priority}, {@code "order"} (folded to upper case, quoted only when needed)</td></tr>
 *   <tr><td>on delete</td><td>{@code RESTRICT}</td><td>{@code no action} (H2 checks both at once, never deferred)</td></tr>
 *   <tr><td>constraint lists</td><td>catalog order / entity order</td><td>sorted by columns, then name</td></tr>
 * </table>
 */
public final class H2Normalizer implements SchemaNormalizer {

    private final SchemaRewriter rewriter;

    public H2Normalizer() {
        ExpressionCanonicalizer expressions = new ExpressionCanonicalizer(IdentifierCase.UPPER, false);
        this.rewriter = new SchemaRewriter(H2Types::canonical, expressions::canonical,
                action -> action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action);
    }

    @Override
    public Schema normalize(Schema schema) {
        return rewriter.rewrite(schema);
    }
}
