package dev.plumb.dialect.mariadb;

import dev.plumb.dialect.DatabaseAccount;
import dev.plumb.dialect.ListedValuesOffendingRows;
import dev.plumb.dialect.ReservedWords;
import dev.plumb.dialect.SchemaInspector;
import dev.plumb.dialect.SchemaNormalizer;
import dev.plumb.dialect.ScratchProvisioner;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.dialect.SqlRenderer;
import dev.plumb.dialect.TypeChangeRules;
import dev.plumb.dialect.sql.IdentifierQuoting;
import dev.plumb.diff.ConstraintNaming;
import dev.plumb.diff.OffendingRows;
import dev.plumb.diff.TypeRules;
import dev.plumb.model.DialectFeatures;
import dev.plumb.model.IdentifierCase;
import dev.plumb.runtime.Dialect;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * MariaDB 10.5+: names kept as written (table names case-sensitive on Linux), backtick quoting,
 * {@code information_schema} inspection of the URL's database, DDL commits implicitly.
 */
public final class MariaDbDialect implements SqlDialect {

    /** The words MariaDB reserves, from {@code reserved-words.txt} next to this class (source named there). */
    static final ReservedWords RESERVED_WORDS = ReservedWords.of(MariaDbDialect.class);

    /**
     * How the renderer and the expression canonicalizer write an identifier: in backticks, which MariaDB reads as an
     * identifier whatever the {@code sql_mode} (double quotes only under {@code ANSI_QUOTES},
     * <a href="https://mariadb.com/kb/en/identifier-names/">identifier names</a>).
     */
    static final IdentifierQuoting QUOTING = new IdentifierQuoting(IdentifierCase.PRESERVE, RESERVED_WORDS, '`');

    @Override
    public Dialect dialect() {
        return Dialect.MARIADB;
    }

    /** The driver's form: https://mariadb.com/kb/en/about-mariadb-connector-j/#connection-strings */
    @Override
    public String urlForm() {
        return "jdbc:mariadb://HOST:PORT/DATABASE";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:mariadb:");
    }

    /** MariaDB runs as a server: a project that names no database gets another dialect's embedded one. */
    @Override
    public Optional<DatabaseAccount> embeddedDatabase(Path directory) {
        return Optional.empty();
    }

    @Override
    public IdentifierCase identifierCase() {
        return IdentifierCase.PRESERVE;
    }

    @Override
    public String exampleValue(String type) {
        return MariaDbTypes.exampleValue(type);
    }

    @Override
    public DialectFeatures features() {
        return MariaDbFeatures.FEATURES;
    }

    @Override
    public SchemaInspector inspector() {
        return new MariaDbInspector();
    }

    @Override
    public SchemaNormalizer normalizer() {
        return new MariaDbNormalizer();
    }

    @Override
    public ReservedWords reservedWords() {
        return RESERVED_WORDS;
    }

    @Override
    public SqlRenderer renderer() {
        return new MariaDbSqlRenderer();
    }

    @Override
    public ScratchProvisioner scratch() {
        return new MariaDbScratchProvisioner();
    }

    @Override
    public TypeRules typeRules() {
        return new TypeChangeRules(MariaDbTypes::parse);
    }

    @Override
    public ConstraintNaming constraintNaming() {
        return new MariaDbConstraintNaming();
    }

    @Override
    public OffendingRows offendingRows() {
        return new OffendingRows(new ListedValuesOffendingRows(renderer()::quote, MariaDbTypes::parse));
    }
}
