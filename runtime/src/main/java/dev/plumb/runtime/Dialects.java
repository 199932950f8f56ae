package dev.plumb.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/** Detects the dialect of a connection from the product name its driver reports. */
final class Dialects {

    private Dialects() {
    }

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return Dialect.fromProductName(product).orElseThrow(() -> new MigrationException(
                "Unsupported database '" + product + "': Plumb supports PostgreSQL and H2"));
    }
}
