package dev.plumb.dialect;

import dev.plumb.diff.ConstraintNaming;
import dev.plumb.diff.OffendingRows;
import dev.plumb.diff.SchemaDiffer;
import dev.plumb.diff.TypeRules;
import dev.plumb.model.DialectFeatures;
import dev.plumb.model.IdentifierCase;
import dev.plumb.runtime.Dialect;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A database dialect as the generator needs it: a strategy composed of small parts with the same names in every
 * dialect package ({@code PostgresInspector} / {@code H2Inspector}, {@code PostgresNormalizer} / {@code H2Normalizer},
 * {@code PostgresSqlRenderer} / {@code H2SqlRenderer}, {@code PostgresFeatures} / {@code H2Features},
 * {@code PostgresScratchProvisioner} / {@code H2ScratchProvisioner}, {@code PostgresTypes} / {@code H2Types},
 * {@code PostgresConstraintNaming} / {@code H2ConstraintNaming}). The differ knows no dialect: it gets the dialect's
 * type rules and constraint naming through {@link #differ()}.
 */
public interface SqlDialect {

    /** The runtime's name for this dialect: the key migrations carry SQL under. */
    Dialect dialect();

    /** The JDBC URL form of this database, as help text names it: {@code jdbc:h2:file:PATH}. */
    String urlForm();

    /** Whether a JDBC URL names a database of this dialect, by its sub-protocol ({@code jdbc:h2:}). */
    boolean accepts(String jdbcUrl);

    /**
     * The embedded database a project uses when it names none, in {@code directory} (Plumb's own directory of the
     * project); empty for a dialect that needs a server.
     */
    Optional<DatabaseAccount> embeddedDatabase(Path directory);

    /** How the database stores unquoted identifiers. */
    IdentifierCase identifierCase();

    /** What the database can do beyond plain tables and keys: transactions, indexes, name lengths. */
    DialectFeatures features();

    /**
     * A value of the (canonical) column type, as an SQL expression, for messages that show an example: the
     * {@code --backfill} a NOT NULL refusal suggests must fit the column ({@code 0} for a number, not {@code 'x'}).
     */
    String exampleValue(String type);

    SchemaInspector inspector();

    SchemaNormalizer normalizer();

    SqlRenderer renderer();

    /**
     * The renderer with the online forms on or off ({@code online=true|false}). Whether a dialect has online forms
     * at all is its own affair: PostgreSQL builds indexes concurrently and validates constraints apart from adding
     * them; a dialect without such forms (H2) ignores the setting, and this default does.
     */
    default SqlRenderer renderer(boolean online) {
        return renderer();
    }

    /** Throw-away databases of this dialect, for the CI gate. */
    ScratchProvisioner scratch();

    /** The words this database does not accept as bare identifiers: the renderer quotes them. */
    ReservedWords reservedWords();

    /** How the dialect judges a change of column type (on types its {@code *Types} part parses). */
    TypeRules typeRules();

    /** How the dialect names a constraint Plumb adds to an existing table when the entity names none. */
    ConstraintNaming constraintNaming();

    /** A differ for two schemas this dialect normalized, with its naming and type rules. */
    default SchemaDiffer differ() {
        return new SchemaDiffer(constraintNaming(), typeRules());
    }

    /** The queries a reviewer runs for the changes that can fail on existing rows, in this dialect's SQL. */
    default OffendingRows offendingRows() {
        return new OffendingRows(new OffendingRowsQueries(renderer()::quote));
    }
}
