package dev.plumb.config;

import dev.plumb.reader.EntitySource;
import dev.plumb.runtime.Dialect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every setting one Plumb run uses, resolved and absolute. Built by {@link ConfigResolver}; immutable.
 *
 * @param workingDirectory  where relative paths given on the command line are resolved, and where the default H2
 *                          database lives
 * @param connection        the database; the embedded H2 file database under {@code .plumb/h2} when no URL is set
 * @param entities          directories and jars with the compiled entity classes (and the jars they need)
 * @param packages          only entities in these packages; empty means all
 * @param output            the source root generated migrations are written under
 * @param migrationsPackage the Java package of the migrations, default
 *                          {@value ConfigResolver#DEFAULT_MIGRATIONS_PACKAGE}
 * @param migrations        where {@code migrate}, {@code rollback} and {@code status} load migrations from: source
 *                          roots, class directories or jars; default the output source root
 * @param hibernateSettings {@code hibernate.*} and {@code jakarta.persistence.*} settings for the entity reader, from
 *                          {@code plumb.properties}
 * @param lockTimeout       how long to wait for another process's migration lock, or for an embedded database
 *                          another process has open
 * @param ignore            patterns of tables that belong to other tools ({@code ignore=}, comma-separated), on top
 *                          of the built-in ones; {@code --ignore} flags replace them
 * @param prune             {@code prune=true}: {@code generate} also drops the objects the entities do not describe
 *                          and Plumb did not create (see {@code --prune})
 * @param dialects          the databases the application runs on ({@code dialects=postgresql,h2}, {@code --dialects}):
 *                          {@code generate} writes SQL for each; empty means only the dialect of {@link #connection}
 * @param online            {@code online=true} (the default): {@code generate} and {@code check} write the dialect's
 *                          online forms for changes to existing tables ({@code create index concurrently}, ...), where
 *                          it has them; {@code false}: the plain forms ({@code --online})
 */
public record PlumbConfig(Path workingDirectory, ConnectionSettings connection, List<Path> entities,
                          List<String> packages, Path output, String migrationsPackage, List<Path> migrations,
                          Map<String, String> hibernateSettings, Duration lockTimeout, List<String> ignore,
                          boolean prune, List<Dialect> dialects, boolean online) {

    public PlumbConfig {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(connection, "connection");
        entities = List.copyOf(entities);
        packages = List.copyOf(packages);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(migrationsPackage, "migrationsPackage");
        migrations = List.copyOf(migrations);
        hibernateSettings = Map.copyOf(hibernateSettings);
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        ignore = List.copyOf(ignore);
        dialects = List.copyOf(dialects);
    }

    /** This configuration with other connection settings (for example, ones that report waits). */
    public PlumbConfig withConnection(ConnectionSettings settings) {
        return new PlumbConfig(workingDirectory, settings, entities, packages, output, migrationsPackage, migrations,
                hibernateSettings, lockTimeout, ignore, prune, dialects, online);
    }

    /**
     * The entities as the reader wants them; fails with a usage message when no entity path is configured. When they
     * belong to a Spring Boot application, the Hibernate settings are Spring Boot's ({@link SpringBootSettings})
     * with {@link #hibernateSettings} on top. Worked out here, only for the commands that read entities: it opens
     * every jar on the entity classpath (about 0.1-0.3 s for a hundred).
     */
    public EntitySource entitySource() {
        if (entities.isEmpty()) {
            throw new ConfigException("no entity classes configured: pass --entities target/classes "
                    + "(directories or jars, separated by ':'), or set entities= in plumb.properties");
        }
        Map<String, String> settings = new LinkedHashMap<>(SpringBootSettings.of(entities));
        settings.putAll(hibernateSettings);
        return new EntitySource(entities, packages, settings);
    }

    /** Settings without the password: safe for logs and error messages. */
    @Override
    public String toString() {
        return "PlumbConfig[workingDirectory=" + workingDirectory + ", connection=" + connection
                + ", entities=" + entities + ", packages=" + packages + ", output=" + output
                + ", migrationsPackage=" + migrationsPackage + ", migrations=" + migrations
                + ", hibernateSettings=" + connection.redactor().redact(new TreeMap<>(hibernateSettings).toString())
                + ", lockTimeout=" + lockTimeout + ", ignore=" + ignore + ", prune=" + prune + ", dialects=" + dialects
                + ", online=" + online + "]";
    }
}
