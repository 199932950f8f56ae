package dev.plumb.cli;

import dev.plumb.config.ConfigResolver;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The options every command takes. Each overrides the environment and {@code plumb.properties}; see
 * {@link ConfigResolver} for the precedence and defaults.
 */
public final class SharedOptions {

    @Option(names = "--url", paramLabel = "JDBC_URL",
            description = "Database JDBC URL (env PLUMB_URL). Default: the embedded database "
                    + DialectHelp.EMBEDDED_URL + ".")
    String url;

    @Option(names = "--user", description = "Database user (env PLUMB_USER).")
    String user;

    @Option(names = "--password", description = "Database password (env PLUMB_PASSWORD; prefer the environment).")
    String password;

    @Option(names = "--entities", paramLabel = "PATH[:PATH...]",
            description = "Compiled entity classes: directories and jars.")
    String entities;

    @Option(names = "--packages", paramLabel = "PACKAGE[,PACKAGE...]",
            description = "Only entities in these packages. Default: all.")
    String packages;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Source root migrations are written to. Default: " + ConfigResolver.DEFAULT_OUTPUT + ".")
    String output;

    @Option(names = "--migrations-package", paramLabel = "PACKAGE",
            description = "Java package of the migrations. Default: " + ConfigResolver.DEFAULT_MIGRATIONS_PACKAGE
                    + ".")
    String migrationsPackage;

    @Option(names = "--migrations", paramLabel = "PATH[:PATH...]",
            description = "Where to load migrations from: source roots, class directories, jars. Default: --output.")
    String migrations;

    @Option(names = "--lock-timeout", paramLabel = "DURATION",
            description = "How long to wait for another process's migration lock, or for the embedded database"
                    + " while another process has it open, e.g. 90s, 5m, 500ms. Default: 60s.")
    String lockTimeout;

    @Option(names = "--dialects", paramLabel = "DIALECT[,DIALECT...]",
            description = "The databases the application runs on, e.g. " + DialectHelp.LIST
                    + ": generate writes SQL for each."
                    + " Default: the dialect of --url only.")
    String dialects;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file. Default: " + ConfigResolver.DEFAULT_FILE + " if present.")
    Path config;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;

    /** The settings given on the command line, keyed by {@link ConfigResolver}'s key names. */
    Map<String, String> flags() {
        Map<String, String> flags = new LinkedHashMap<>();
        put(flags, ConfigResolver.URL, url);
        put(flags, ConfigResolver.USER, user);
        put(flags, ConfigResolver.PASSWORD, password);
        put(flags, ConfigResolver.ENTITIES, entities);
        put(flags, ConfigResolver.PACKAGES, packages);
        put(flags, ConfigResolver.OUTPUT, output);
        put(flags, ConfigResolver.MIGRATIONS_PACKAGE, migrationsPackage);
        put(flags, ConfigResolver.MIGRATIONS, migrations);
        put(flags, ConfigResolver.LOCK_TIMEOUT, lockTimeout);
        put(flags, ConfigResolver.DIALECTS, dialects);
        return flags;
    }

    Optional<Path> configFile() {
        return Optional.ofNullable(config);
    }

    Optional<String> password() {
        return Optional.ofNullable(password);
    }

    boolean verbose() {
        return verbose;
    }

    private static void put(Map<String, String> flags, String key, String value) {
        if (value != null) {
            flags.put(key, value);
        }
    }
}
