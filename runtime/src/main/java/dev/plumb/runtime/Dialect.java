package dev.plumb.runtime;

import java.util.Locale;
import java.util.Optional;

/**
 * The databases a migration can carry SQL for. The runtime picks the statements for the dialect of the connection.
 */
public enum Dialect {
    POSTGRESQL("PostgreSQL"),
    H2("H2"),
    MARIADB("MariaDB"),
    MYSQL("MySQL");

    private final String productName;

    Dialect(String productName) {
        this.productName = productName;
    }

    /** The product name JDBC reports ({@code DatabaseMetaData.getDatabaseProductName()}). */
    public String productName() {
        return productName;
    }

    /** The dialect of a JDBC product name, case-insensitively; empty for a database Plumb does not support. */
    public static Optional<Dialect> fromProductName(String productName) {
        String wanted = productName.toLowerCase(Locale.ROOT);
        for (Dialect dialect : values()) {
            if (wanted.equals(dialect.productName.toLowerCase(Locale.ROOT))) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }
}
