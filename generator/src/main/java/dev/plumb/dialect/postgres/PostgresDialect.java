package dev.plumb.dialect.postgres;

import dev.plumb.dialect.DatabaseAccount;
import dev.plumb.dialect.sql.IdentifierQuoting;
import dev.plumb.dialect.ReservedWords;
import dev.plumb.dialect.SchemaInspector;
import dev.plumb.dialect.ScratchProvisioner;
import dev.plumb.dialect.TypeChangeRules;
import dev.plumb.dialect.SchemaNormalizer;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.dialect.SqlRenderer;
import dev.plumb.diff.ConstraintNaming;
import dev.plumb.diff.TypeRules;
import dev.plumb.model.DialectFeatures;
import dev.plumb.model.IdentifierCase;
import dev.plumb.runtime.Dialect;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

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
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    /** PostgreSQL runs as a server: a project that names no database gets another dialect's embedded one. */
    @Override
    public Optional<DatabaseAccount> embeddedDatabase(Path directory) {
        return Optional.empty();
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
        return PostgresFeatures.FEATURES;
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

    /** PostgreSQL has online forms: {@link PostgresSqlRenderer}. */
    @Override
    public SqlRenderer renderer(boolean online) {
        return new PostgresSqlRenderer(online);
    }

    @Override
    public ScratchProvisioner scratch() {
        return new PostgresScratchProvisioner();
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
