package dev.plumb.dialect;

import dev.plumb.model.DialectFeatures;
import dev.plumb.model.IdentifierCase;
import dev.plumb.runtime.Dialect;

/**
 * A database dialect as the generator needs it: a strategy composed of small parts with the same names in every
 * dialect package ({@code PostgresInspector} / {@code H2Inspector}, {@code PostgresNormalizer} / {@code H2Normalizer},
 * {@code PostgresSqlRenderer} / {@code H2SqlRenderer}).
 */
public interface SqlDialect {

    /** The runtime's name for this dialect: the key migrations carry SQL under. */
    Dialect dialect();

    /** The JDBC URL form of this database, as help text names it: {@code jdbc:h2:file:PATH}. */
    String urlForm();

    /** How the database stores unquoted identifiers. */
    IdentifierCase identifierCase();

    /** What the database can express beyond plain tables and keys. */
    DialectFeatures features();

    /**
     * A value of the (canonical) column type, as an SQL expression, for messages that show an example: the
     * {@code --backfill} a NOT NULL refusal suggests must fit the column ({@code 0} for a number, not {@code 'x'}).
     */
    String exampleValue(String type);

    SchemaInspector inspector();

    SchemaNormalizer normalizer();

    SqlRenderer renderer();

    /** The words this database does not accept as bare identifiers: the renderer quotes them. */
    ReservedWords reservedWords();
}
