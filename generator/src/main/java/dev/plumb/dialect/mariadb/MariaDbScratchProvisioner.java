package dev.plumb.dialect.mariadb;

import dev.plumb.dialect.DatabaseAccount;
import dev.plumb.dialect.ScratchProvisioner;
import dev.plumb.dialect.ScratchRecipe;
import dev.plumb.dialect.ScratchServerException;

import java.util.Optional;

/**
 * MariaDB scratch databases are fresh databases on the server the user names with {@code --scratch-url}: Plumb
 * starts no MariaDB of its own. {@code drop database if exists} throws one away
 * (<a href="https://mariadb.com/kb/en/drop-database/">DROP DATABASE</a>).
 */
final class MariaDbScratchProvisioner implements ScratchProvisioner {

    private static final String URL_PREFIX = "jdbc:mariadb://";

    @Override
    public boolean usesServer() {
        return true;
    }

    @Override
    public ScratchRecipe recipe(String name, Optional<DatabaseAccount> server) {
        DatabaseAccount admin = server.orElseThrow(() -> new ScratchServerException(
                "MariaDB scratch databases need a server: name one with --scratch-url jdbc:mariadb://HOST:PORT/",
                null));
        DatabaseAccount database = new DatabaseAccount(urlFor(admin.url(), name), admin.user(), admin.password());
        return new ScratchRecipe(database, Optional.of(admin), Optional.of("create database " + name),
                "drop database if exists " + name, "MariaDB server");
    }

    /** The server URL with its database replaced by {@code database}, keeping host, port and parameters. */
    static String urlFor(String serverUrl, String database) {
        int start = serverUrl.toLowerCase(java.util.Locale.ROOT).startsWith(URL_PREFIX) ? URL_PREFIX.length()
                : serverUrl.indexOf("//") + 2;
        int query = serverUrl.indexOf('?', start);
        String head = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String parameters = query < 0 ? "" : serverUrl.substring(query);
        int slash = head.indexOf('/', start);
        return (slash < 0 ? head : head.substring(0, slash)) + "/" + database + parameters;
    }
}
