package dev.plumb.reader;

import dev.plumb.model.DialectFeatures;
import dev.plumb.model.IdentifierCase;

/**
 * The database Hibernate should render the mapping for, without connecting to it: JDBC product name
 * (as JDBC reports it) and version, which change what Hibernate renders (for example H2 2.1 vs 2.5), and
 * what the database can express, so that the reader refuses what it cannot.
 */
public record DatabaseTarget(String productName, int majorVersion, int minorVersion, IdentifierCase identifierCase,
                             DialectFeatures features) {

    /** A target that can express every mapping the model holds. */
    public DatabaseTarget(String productName, int majorVersion, int minorVersion, IdentifierCase identifierCase) {
        this(productName, majorVersion, minorVersion, identifierCase, DialectFeatures.ALL);
    }
}
