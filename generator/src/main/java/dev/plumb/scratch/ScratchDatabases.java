package dev.plumb.scratch;

import dev.plumb.config.ConfigException;
import dev.plumb.config.ConnectionSettings;
import dev.plumb.runtime.Dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates scratch databases. Each gets a random name ({@code plumb_scratch_<16 hex>}), so concurrent CI jobs on one
 * server never meet; a PostgreSQL scratch database is dropped {@code with (force)}, so a connection left open by a
 * failed migration cannot keep it alive.
 */
public final class ScratchDatabases {

    private ScratchDatabases() {
    }

    public static ScratchDatabase create(ScratchRequest request) {
        return switch (request.dialect()) {
            case H2 -> h2();
            case POSTGRESQL -> request.server().isPresent() ? onServer(request) : embedded();
            case MARIADB, MYSQL -> throw new ConfigException("Plumb has no scratch database for "
                    + request.dialect().productName() + " yet: use --dialect postgresql or --dialect h2");
        };
    }

    /** The dialect of a JDBC URL, by its sub-protocol: {@code jdbc:postgresql:} or {@code jdbc:h2:}. */
    public static Optional<Dialect> dialectOfUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return Optional.of(Dialect.POSTGRESQL);
        }
        if (lower.startsWith("jdbc:h2:")) {
            return Optional.of(Dialect.H2);
        }
        return Optional.empty();
    }

    private static ScratchDatabase h2() {
        String url = "jdbc:h2:mem:" + newName() + ";DB_CLOSE_DELAY=-1";
        ConnectionSettings settings = new ConnectionSettings(url, Optional.of("sa"), Optional.of(""));
        return new ScratchDatabase(Dialect.H2, settings, "H2 in memory", () -> execute(settings, "shutdown"));
    }

    private static ScratchDatabase onServer(ScratchRequest request) {
        ConnectionSettings admin = new ConnectionSettings(request.server().orElseThrow(), request.user(),
                request.password());
        if (dialectOfUrl(admin.url()).orElse(null) != Dialect.POSTGRESQL) {
            throw new ConfigException("--scratch-url " + admin.displayUrl() + " is not a PostgreSQL JDBC URL: use "
                    + "jdbc:postgresql://HOST:PORT/postgres");
        }
        return onServer(admin, "PostgreSQL at " + admin.displayUrl());
    }

    private static ScratchDatabase embedded() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
        return onServer(server.admin(), "embedded PostgreSQL");
    }

    private static ScratchDatabase onServer(ConnectionSettings admin, String description) {
        String name = newName();
        execute(admin, "create database " + name);
        ConnectionSettings settings = new ConnectionSettings(urlFor(admin.url(), name), admin.user(),
                admin.password());
        return new ScratchDatabase(Dialect.POSTGRESQL, settings, description,
                () -> execute(admin, "drop database if exists " + name + " with (force)"));
    }

    /** The admin URL with its database name replaced, keeping host, port and parameters. */
    static String urlFor(String adminUrl, String database) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        if (slash < 0) {
            int query = adminUrl.indexOf('?');
            String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
            return base + "/" + database + (query < 0 ? "" : adminUrl.substring(query));
        }
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
    }

    private static String newName() {
        return "plumb_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static void execute(ConnectionSettings settings, String sql) {
        try (Connection connection = settings.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new ScratchException("scratch database at " + settings.displayUrl() + ": " + sql + " failed: "
                    + settings.redactor().redact(String.valueOf(e.getMessage()))
                    + (sql.startsWith("create database") ? " (the --scratch-url user needs the CREATEDB privilege)"
                    : ""), e);
        }
    }
}
