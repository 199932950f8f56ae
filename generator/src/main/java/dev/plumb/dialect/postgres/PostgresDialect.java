package dev.plumb.dialect.postgres;

import dev.plumb.dialect.sql.IdentifierQuoting;
import dev.plumb.dialect.ReservedWords;
import dev.plumb.dialect.SchemaInspector;
import dev.plumb.dialect.SchemaNormalizer;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.dialect.SqlRenderer;
import dev.plumb.model.DialectFeatures;
import dev.plumb.model.IdentifierCase;
import dev.plumb.runtime.Dialect;

/** PostgreSQL: folds unquoted names to lower case, transactional DDL, {@code pg_catalog} inspection. */
public final class PostgresDialect implements SqlDialect {

    /** The words PostgreSQL reserves, from {@code reserved-words.txt} next to this class (sources named there). */
    static final ReservedWords RESERVED_WORDS = ReservedWords.of(PostgresDialect.class);

    /** How the renderer and the expression canonicalizer write an identifier. */
    static final IdentifierQuoting QUOTING = new IdentifierQuoting(IdentifierCase.LOWER, RESERVED_WORDS);

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
    public ReservedWords reservedWords() {
        return RESERVED_WORDS;
    }

    @Override
    public SqlRenderer renderer() {
        return new PostgresSqlRenderer();
    }
}
