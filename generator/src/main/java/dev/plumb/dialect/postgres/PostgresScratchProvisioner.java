package dev.plumb.dialect.postgres;

import dev.plumb.dialect.DatabaseAccount;
import dev.plumb.dialect.ScratchProvisioner;
import dev.plumb.dialect.ScratchRecipe;
import dev.plumb.dialect.postgres.scratch.EmbeddedPostgresServer;

import java.util.Optional;

/**
 * PostgreSQL scratch databases are fresh databases on a server: the one the user names, else an embedded PostgreSQL
 * started on first use. They are dropped {@code with (force)} (PostgreSQL 13+,
 * <a href="https://www.postgresql.org/docs/current/sql-dropdatabase.html">DROP DATABASE</a>), so a connection left
 * open by a failed migration cannot keep one alive.
 */
final class PostgresScratchProvisioner implements ScratchProvisioner {

    private static final String URL_PREFIX = "jdbc:postgresql://";

    @Override
    public boolean usesServer() {
        return true;
    }

    @Override
    public ScratchRecipe recipe(String name, Optional<DatabaseAccount> server) {
        DatabaseAccount admin = server.orElseGet(() -> EmbeddedPostgresServer.get().admin());
        DatabaseAccount database = new DatabaseAccount(urlFor(admin.url(), name), admin.user(), admin.password());
        return new ScratchRecipe(database, Optional.of(admin), Optional.of("create database " + name),
                "drop database if exists " + name + " with (force)",
                server.isPresent() ? "PostgreSQL server" : "embedded PostgreSQL");
    }

    /** The admin URL with its database name replaced, keeping host, port and parameters. */
    static String urlFor(String adminUrl, String database) {
        int slash = adminUrl.indexOf('/', URL_PREFIX.length());
        if (slash < 0) {
            int query = adminUrl.indexOf('?');
            String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
            return base + "/" + database + (query < 0 ? "" : adminUrl.substring(query));
        }
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
    }
}
