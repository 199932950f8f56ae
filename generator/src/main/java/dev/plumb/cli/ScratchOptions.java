package dev.plumb.cli;

import dev.plumb.config.ConfigException;
import dev.plumb.config.PlumbConfig;
import dev.plumb.dialect.Dialects;
import dev.plumb.runtime.Dialect;
import dev.plumb.scratch.ScratchDatabases;
import dev.plumb.scratch.ScratchRequest;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the gate commands ({@code check}, {@code verify}, {@code generate --from-migrations}) create their scratch
 * database. The server's password comes only from the environment ({@value #PASSWORD_ENV}), never a flag.
 */
final class ScratchOptions {

    static final String URL_ENV = "PLUMB_SCRATCH_URL";
    static final String USER_ENV = "PLUMB_SCRATCH_USER";
    static final String PASSWORD_ENV = "PLUMB_SCRATCH_PASSWORD";

    @Option(names = "--dialect", paramLabel = DialectHelp.NAMES,
            description = "Database kind of the scratch database, this one only. Default for check and verify: each "
                    + "of --dialects; else the kind of --url, else " + DialectHelp.EMBEDDED_NAME + ".")
    String dialect;

    @Option(names = "--scratch-url", paramLabel = "JDBC_URL",
            description = "A " + DialectHelp.SERVER_PRODUCTS + " server to create (and drop) scratch databases on, "
                    + "as the JDBC URL of any database there (env " + URL_ENV + ", several separated by spaces). "
                    + "Repeatable: with several dialects each uses the URL of its own kind. Default: an embedded "
                    + "server, where the dialect has one.")
    List<String> scratchUrls = new ArrayList<>();

    @Option(names = "--scratch-user", paramLabel = "USER",
            description = "User on the --scratch-url server, with CREATEDB (env " + USER_ENV + "; password: env "
                    + PASSWORD_ENV + ").")
    String scratchUser;

    /** The dialect named by {@code --dialect}, else the one of the configured URL, else the embedded one. */
    Dialect dialect(PlumbConfig config) {
        return dialect != null ? parse(dialect) : defaultDialect(config);
    }

    /** A {@code --dialect} value: a database Plumb has scratch databases for. */
    static Dialect parse(String dialect) {
        return Dialects.named(dialect).orElseThrow(() -> new ConfigException("unknown --dialect " + dialect
                + ": use " + Dialects.supportedNames()));
    }

    /** Without {@code --dialect}: the kind of the configured URL, else the dialect of the embedded database. */
    static Dialect defaultDialect(PlumbConfig config) {
        return ScratchDatabases.dialectOfUrl(config.connection().url())
                .orElseGet(() -> Dialects.embedded().dialect());
    }

    ScratchRequest request(Dialect dialect, Map<String, String> environment) {
        return new ScratchRequest(dialect, server(dialect, environment), first(scratchUser, environment.get(USER_ENV)),
                Optional.ofNullable(environment.get(PASSWORD_ENV)));
    }

    /**
     * The server for {@code dialect}'s scratch database: the first URL of its kind. A URL of another supported
     * dialect's kind serves that dialect, so that one {@code check} over {@code dialects=postgresql,h2,mariadb} can
     * name a MariaDB server and leave PostgreSQL to its embedded one; but when {@code --dialect} names one dialect,
     * or the URL is of no supported kind, it is passed on and refused as a URL of the wrong kind (exit 2).
     */
    private Optional<String> server(Dialect dialect, Map<String, String> environment) {
        List<String> urls = !scratchUrls.isEmpty() ? scratchUrls
                : first(null, environment.get(URL_ENV)).map(value -> List.of(value.trim().split("\\s+")))
                .orElse(List.of());
        Optional<String> own = urls.stream()
                .filter(url -> ScratchDatabases.dialectOfUrl(url).filter(dialect::equals).isPresent()).findFirst();
        if (own.isPresent() || urls.isEmpty()) {
            return own;
        }
        Optional<String> foreign = urls.stream().filter(url -> ScratchDatabases.dialectOfUrl(url).isEmpty())
                .findFirst();
        return this.dialect != null ? foreign.or(() -> Optional.of(urls.get(0))) : foreign;
    }

    private static Optional<String> first(String flag, String environment) {
        return Optional.ofNullable(flag).or(() -> Optional.ofNullable(environment)).filter(s -> !s.isBlank());
    }
}
