package dev.plumb.dialect.postgres;

import dev.plumb.dialect.SchemaInspector;
import dev.plumb.dialect.TypeChangeRules;
import dev.plumb.dialect.SchemaNormalizer;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.dialect.SqlRenderer;
import dev.plumb.diff.ConstraintNaming;
import dev.plumb.diff.TypeRules;
import dev.plumb.model.DialectFeatures;
import dev.plumb.model.IdentifierCase;
import dev.plumb.runtime.Dialect;

/** PostgreSQL: folds unquoted names to lower case, transactional DDL, {@code pg_catalog} inspection. */
public final class PostgresDialect implements SqlDialect {

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    /** The driver's form: https://jdbc.postgresql.org/documentation/use/#connecting-to-the-database */
    @Override
    public String urlForm() {
        return "jdbc:postgresql://HOST:PORT/DATABASE";
    }

    @Override
    public IdentifierCase identifierCase() {
        return IdentifierCase.LOWER;
    }

    @Override
    public String exampleValue(String type) {
        return PostgresTypes.exampleValue(type);
    }

    @Override
    public DialectFeatures features() {
        return DialectFeatures.ALL;
    }

    @Override
    public SchemaInspector inspector() {
        return new PostgresInspector();
    }

    @Override
    public SchemaNormalizer normalizer() {
        return new PostgresNormalizer();
    }

    @Override
    public SqlRenderer renderer() {
        return new PostgresSqlRenderer();
    }

    @Override
    public TypeRules typeRules() {
        return new TypeChangeRules(PostgresTypes::parse);
    }

    @Override
    public ConstraintNaming constraintNaming() {
        return new PostgresConstraintNaming();
    }
}
