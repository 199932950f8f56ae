package dev.plumb.dialect.h2;

import dev.plumb.dialect.DatabaseAccount;
import dev.plumb.dialect.ListedValuesOffendingRows;
import dev.plumb.dialect.sql.IdentifierQuoting;
import dev.plumb.dialect.ReservedWords;
import dev.plumb.dialect.SchemaInspector;
import dev.plumb.dialect.ScratchProvisioner;
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

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** H2 2.x: folds unquoted names to upper case, {@code INFORMATION_SCHEMA} inspection, DDL commits implicitly. */
public final class H2Dialect implements SqlDialect {

    /** The words H2 reserves, from {@code reserved-words.txt} next to this class (sources named there). */
    static final ReservedWords RESERVED_WORDS = ReservedWords.of(H2Dialect.class);

    /** How the renderer and the expression canonicalizer write an identifier. */
    static final IdentifierQuoting QUOTING = new IdentifierQuoting(IdentifierCase.UPPER, RESERVED_WORDS);

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
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
    }

    /**
     * An H2 file database under {@code directory/h2}; {@code AUTO_SERVER=TRUE} lets the CLI and a running application
     * open it at once (<a href="https://www.h2database.com/html/features.html#auto_mixed_mode">automatic mixed
     * mode</a>).
     */
    @Override
    public Optional<DatabaseAccount> embeddedDatabase(Path directory) {
        Path database = directory.resolve("h2").resolve("plumb");
        return Optional.of(new DatabaseAccount("jdbc:h2:file:" + database + ";AUTO_SERVER=TRUE", Optional.of("sa"),
                Optional.of("")));
    }

    @Override
    public IdentifierCase identifierCase() {
        return IdentifierCase.UPPER;
    }

    @Override
    public String exampleValue(String type) {
        return H2Types.exampleValue(type);
    }

    @Override
    public DialectFeatures features() {
        return H2Features.FEATURES;
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
    public ReservedWords reservedWords() {
        return RESERVED_WORDS;
    }

    @Override
    public SqlRenderer renderer() {
        return new H2SqlRenderer();
    }

    @Override
    public ScratchProvisioner scratch() {
        return new H2ScratchProvisioner();
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
        return new OffendingRows(new ListedValuesOffendingRows(renderer()::quote, H2Types::parse));
    }
}
