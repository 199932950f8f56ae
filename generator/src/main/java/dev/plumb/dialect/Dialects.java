package dev.plumb.dialect;

import dev.plumb.dialect.h2.H2Dialect;
import dev.plumb.dialect.h2.H2EmbeddedLock;
import dev.plumb.dialect.h2.H2FileLock;
import dev.plumb.dialect.mariadb.MariaDbDialect;
import dev.plumb.dialect.postgres.PostgresDialect;
import dev.plumb.runtime.Dialect;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the generator's dialect strategy for a runtime dialect, a JDBC URL or a live connection, and says which
 * databases Plumb supports; the one place outside the dialect packages that knows their names, so that help texts,
 * messages and defaults elsewhere are built from here.
 */
public final class Dialects {

    private Dialects() {
    }

    /** The strategy for a dialect, empty where the generator does not support it yet. */
    public static Optional<SqlDialect> of(Dialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> Optional.of(new PostgresDialect());
            case H2 -> Optional.of(new H2Dialect());
            case MARIADB -> Optional.of(new MariaDbDialect());
            case MYSQL -> Optional.empty();
        };
    }

    /** Every dialect the generator supports, in the runtime's order. */
    public static List<SqlDialect> all() {
        return Arrays.stream(Dialect.values()).map(Dialects::of).flatMap(Optional::stream).toList();
    }

    /** The dialect whose URLs look like {@code url} ({@code jdbc:h2:...}); empty for any other database. */
    public static Optional<SqlDialect> ofUrl(String url) {
        return all().stream().filter(dialect -> dialect.accepts(url)).findFirst();
    }

    /** The dialect of the embedded database a project uses when it names none: the first that has one. */
    public static SqlDialect embedded() {
        return all().stream().filter(dialect -> dialect.embeddedDatabase(Path.of(".")).isPresent()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no supported dialect has an embedded database"));
    }

    /** The embedded database a project uses when it names none, under {@code directory} (its {@code .plumb}). */
    public static DatabaseAccount embeddedDefault(Path directory) {
        return embedded().embeddedDatabase(directory).orElseThrow();
    }

    /** The supported databases by product name, for messages: {@code PostgreSQL or H2}. */
    public static String supportedProducts() {
        return all().stream().map(dialect -> dialect.dialect().productName()).collect(Collectors.joining(" or "));
    }

    /**
     * The databases Plumb can connect to, with their URL forms, for messages about a URL it cannot use:
     * {@code PostgreSQL (jdbc:postgresql://HOST:PORT/DATABASE) and H2 (...)}.
     */
    public static String supportedUrls() {
        return all().stream().map(dialect -> dialect.dialect().productName() + " (" + dialect.urlForm() + ")")
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
        return supportedNames(" or ");
    }

    /** The names {@link #named} accepts, joined by {@code separator}: {@code postgresql,h2} for a setting. */
    public static String supportedNames(String separator) {
        return all().stream().map(dialect -> dialect.dialect().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(separator));
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
