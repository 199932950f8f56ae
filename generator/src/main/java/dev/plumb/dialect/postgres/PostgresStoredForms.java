package dev.plumb.dialect.postgres;

import dev.plumb.dialect.sql.ParenthesisSimplifier;
import dev.plumb.dialect.sql.SqlNode;
import dev.plumb.dialect.sql.StoredForms;

import java.util.List;
import java.util.function.Function;

/**
 * How PostgreSQL stores checks, defaults and index expressions ({@code pg_get_constraintdef}, {@code pg_get_expr}):
 * bare column names it does not reserve (see {@link PostgresBareIdentifiers}) and its deparsed forms of {@code in},
 * {@code between}, {@code like} and typed literals (see {@link ExpressionRewrites}), read back as Hibernate writes
 * them.
 */
public final class PostgresStoredForms implements StoredForms {

    @Override
    public List<SqlNode> identifiers(List<SqlNode> nodes) {
        return PostgresBareIdentifiers.requote(nodes);
    }

    /** The rewrites can leave parentheses that no longer group anything: they go at once. */
    @Override
    public List<SqlNode> rewrite(List<SqlNode> nodes, Function<SqlNode, String> key) {
        return ParenthesisSimplifier.unwrapOuter(ParenthesisSimplifier.simplify(ExpressionRewrites.rewrite(nodes, key)));
    }
}
