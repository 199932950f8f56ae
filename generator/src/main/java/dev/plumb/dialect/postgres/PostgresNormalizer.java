package dev.plumb.dialect.postgres;

import dev.plumb.dialect.SchemaNormalizer;
import dev.plumb.model.Schema;

/** STUB: the inspector helper implements it. */
public final class PostgresNormalizer implements SchemaNormalizer {

    @Override
    public Schema normalize(Schema schema) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
