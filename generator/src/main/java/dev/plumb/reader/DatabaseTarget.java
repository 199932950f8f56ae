package dev.plumb.reader;

import dev.plumb.model.IdentifierCase;

/**
 * The database Hibernate should render the mapping for, without connecting to it: JDBC product name
 * ({@code PostgreSQL}, {@code H2}) and version, which change what Hibernate renders (for example H2 2.1 vs 2.5).
 */
public record DatabaseTarget(String productName, int majorVersion, int minorVersion, IdentifierCase identifierCase) {
}
