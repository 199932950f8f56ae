package dev.plumb.dialect.h2;

import dev.plumb.dialect.SchemaInspector;
import dev.plumb.dialect.TypeChangeRules;
import dev.plumb.dialect.SchemaNormalizer;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.dialect.SqlRenderer;
import dev.plumb.diff.ConstraintNaming;
import dev.plumb.diff.OffendingRows;
import dev.plumb.diff.TypeRules;
import dev.plumb.model.DialectFeatures;
import dev.plumb.model.IdentifierCase;
import dev.plumb.runtime.Dialect;

/** H2 2.x: folds unquoted names to upper case, {@code INFORMATION_SCHEMA} inspection, DDL commits implicitly. */
public final class H2Dialect implements SqlDialect {

    @Override
    public Dialect dialect() {
        return Dialect.H2;
    }

    /** The forms the H2 driver documents: https://h2database.com/html/features.html#database_url */
    @Override
    public String urlForm() {
        return "jdbc:h2:file:PATH or jdbc:h2:mem:NAME";
    }

    @Override
    public IdentifierCase identifierCase() {
        return IdentifierCase.UPPER;
    }

    /**
     * H2 has neither expression nor partial indexes
     * (<a href="https://www.h2database.com/html/commands.html#create_index">CREATE INDEX</a> takes column names only).
     */
    @Override
    public String exampleValue(String type) {
        return H2Types.exampleValue(type);
    }

    @Override
    public DialectFeatures features() {
        return new DialectFeatures(false, false, true);
    }

    @Override
    public SchemaInspector inspector() {
        return new H2Inspector();
    }

    @Override
    public SchemaNormalizer normalizer() {
        return new H2Normalizer();
    }

    @Override
    public SqlRenderer renderer() {
        return new H2SqlRenderer();
    }

    @Override
    public TypeRules typeRules() {
        return new TypeChangeRules(H2Types::parse);
    }

    @Override
    public ConstraintNaming constraintNaming() {
        return new H2ConstraintNaming();
    }

    @Override
    public OffendingRows offendingRows() {
        return new OffendingRows(new H2OffendingRows(renderer()::quote));
    }
}
