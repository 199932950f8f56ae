package dev.plumb.dialect;

import dev.plumb.dialect.h2.H2Dialect;
import dev.plumb.dialect.h2.H2EmbeddedLock;
import dev.plumb.dialect.h2.H2FileLock;
import dev.plumb.dialect.postgres.PostgresDialect;
import dev.plumb.runtime.Dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the generator's dialect strategy for a runtime dialect or a live connection: the one place outside the
 * dialect packages that names them.
 */
public final class Dialects {

    private Dialects() {
    }

    /** The strategy for a dialect, empty where the generator does not support it yet. */
    public static Optional<SqlDialect> of(Dialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> Optional.of(new PostgresDialect());
            case H2 -> Optional.of(new H2Dialect());
            case MARIADB, MYSQL -> Optional.empty();
        };
    }

    /**
     * The databases Plumb can connect to, with their URL forms, for messages about a URL it cannot use:
     * {@code PostgreSQL (jdbc:postgresql://HOST:PORT/DATABASE) and H2 (...)}.
     */
    public static String supportedUrls() {
        return Arrays.stream(Dialect.values()).map(Dialects::of).flatMap(Optional::stream)
                .map(dialect -> dialect.dialect().productName() + " (" + dialect.urlForm() + ")")
                .collect(Collectors.joining(" and "));
    }

    /**
     * The supported dialect a user names ({@code --dialect postgresql}), by its name or product name in any case;
     * {@code postgres} is accepted too, as users write it. Empty for a name Plumb does not generate for.
     */
    public static Optional<Dialect> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(Dialect.values()).filter(dialect -> of(dialect).isPresent())
                .filter(dialect -> wanted.equals(dialect.name().toLowerCase(Locale.ROOT))
                        || wanted.equals(dialect.productName().toLowerCase(Locale.ROOT))
                        || dialect == Dialect.POSTGRESQL && wanted.equals("postgres"))
                .findFirst();
    }

    /** The names {@link #named} accepts, for messages: {@code postgresql or h2}. */
    public static String supportedNames() {
        return Arrays.stream(Dialect.values()).filter(dialect -> of(dialect).isPresent())
                .map(dialect -> dialect.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "));
    }

    /**
     * The lock an embedded file database at {@code url} needs while several processes open it (H2's
     * {@code jdbc:h2:file:}); empty for servers and in-memory databases.
     */
    public static Optional<EmbeddedFileLock> fileLockOf(String url) {
        return H2FileLock.databaseOf(url).map(H2EmbeddedLock::new);
    }

    /** Ends every embedded file lock this process holds (see {@link #fileLockOf}). */
    public static void releaseFileLocks() {
        H2FileLock.releaseAll();
    }

    /** The runtime dialect of a connection, from the product name JDBC reports. */
    public static Optional<Dialect> detect(Connection connection) throws SQLException {
        return Dialect.fromProductName(connection.getMetaData().getDatabaseProductName());
    }
}
