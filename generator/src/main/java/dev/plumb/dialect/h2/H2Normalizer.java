package dev.plumb.dialect.h2;

import dev.plumb.dialect.SchemaNormalizer;
import dev.plumb.model.Schema;

/** STUB: the inspector helper implements it. */
public final class H2Normalizer implements SchemaNormalizer {

    @Override
    public Schema normalize(Schema schema) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
