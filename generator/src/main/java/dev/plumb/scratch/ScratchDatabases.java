package dev.plumb.scratch;

import dev.plumb.config.ConfigException;
import dev.plumb.config.ConnectionSettings;
import dev.plumb.dialect.DatabaseAccount;
import dev.plumb.dialect.Dialects;
import dev.plumb.dialect.ScratchProvisioner;
import dev.plumb.dialect.ScratchRecipe;
import dev.plumb.dialect.ScratchServerException;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.runtime.Dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates scratch databases: the dialect states how ({@link ScratchProvisioner}), this class runs it. Each gets a
 * random name ({@code plumb_scratch_<16 hex>}), so concurrent CI jobs on one server never meet.
 */
public final class ScratchDatabases {

    private ScratchDatabases() {
    }

    /** A fresh scratch database of the request's dialect; close it to drop it. */
    public static ScratchDatabase create(ScratchRequest request) {
        SqlDialect dialect = Dialects.of(request.dialect()).orElseThrow(() -> new ConfigException("Plumb has no "
                + "scratch database for " + request.dialect().productName() + " yet: use --dialect "
                + Dialects.supportedNames()));
        ScratchProvisioner provisioner = dialect.scratch();
        Optional<ConnectionSettings> server = provisioner.usesServer() ? server(request, dialect) : Optional.empty();
        ScratchRecipe recipe;
        try {
            recipe = provisioner.recipe(newName(), server.map(ScratchDatabases::account));
        } catch (ScratchServerException e) {
            throw new ScratchException(e.getMessage(), e);
        }
        String description = server.map(admin -> request.dialect().productName() + " at " + admin.displayUrl())
                .orElse(recipe.description());
        recipe.create().ifPresent(sql -> execute(settings(recipe.admin().orElseThrow()), sql));
        ConnectionSettings dropOn = settings(recipe.dropOn());
        return new ScratchDatabase(request.dialect(), settings(recipe.database()), description,
                () -> execute(dropOn, recipe.drop()));
    }

    /** The dialect of a JDBC URL, by its sub-protocol ({@code jdbc:h2:}); empty for a database Plumb lacks. */
    public static Optional<Dialect> dialectOfUrl(String url) {
        return Dialects.ofUrl(url).map(SqlDialect::dialect);
    }

    /** The server the user named for the scratch database, checked to be of the dialect. */
    private static Optional<ConnectionSettings> server(ScratchRequest request, SqlDialect dialect) {
        Optional<ConnectionSettings> server = request.server()
                .map(url -> new ConnectionSettings(url, request.user(), request.password()));
        server.filter(admin -> !dialect.accepts(admin.url())).ifPresent(admin -> {
            throw new ConfigException("--scratch-url " + admin.displayUrl() + " is not a "
                    + request.dialect().productName() + " JDBC URL: use " + dialect.urlForm());
        });
        return server;
    }

    private static DatabaseAccount account(ConnectionSettings settings) {
        return new DatabaseAccount(settings.url(), settings.user(), settings.password());
    }

    private static ConnectionSettings settings(DatabaseAccount account) {
        return new ConnectionSettings(account.url(), account.user(), account.password());
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
