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

    SchemaInspector inspector();

    SchemaNormalizer normalizer();

    SqlRenderer renderer();
}
