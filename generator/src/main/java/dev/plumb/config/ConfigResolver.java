package dev.plumb.config;

import dev.plumb.dialect.DatabaseAccount;
import dev.plumb.dialect.Dialects;
import dev.plumb.runtime.Dialect;

import javax.lang.model.SourceVersion;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a {@link PlumbConfig}. Each setting comes from the first place that has it:
 * <ol>
 *     <li>a command-line flag (keys are the long option names: {@code url}, {@code entities}, ...);</li>
 *     <li>for the connection only, the environment: {@code PLUMB_URL}, {@code PLUMB_USER}, {@code PLUMB_PASSWORD}
 *     (so that CI secrets never have to be written to a file or a command line);</li>
 *     <li>the properties file: {@code --config FILE}, else {@value #DEFAULT_FILE} in the working directory. A file
 *     named explicitly must exist; the default one is optional;</li>
 *     <li>a default: the embedded database under {@code .plumb} in the working directory
 *     ({@link Dialects#embeddedDefault}), output
 *     {@value #DEFAULT_OUTPUT}, package {@value #DEFAULT_MIGRATIONS_PACKAGE}, migrations loaded from the output.</li>
 * </ol>
 * Paths from the file are relative to the file's directory (the file usually sits at the project root); paths from
 * flags are relative to the working directory. Keys starting with {@code hibernate.} or {@code jakarta.persistence.}
 * are handed to Hibernate unchanged; any other unknown key is an error, because a typo must not silently fall back to
 * a default database.
 *
 * <p>When the entities belong to a Spring Boot application, its Hibernate settings ({@link SpringBootSettings})
 * come under the file's {@code hibernate.*} and {@code jakarta.persistence.*} keys: see
 * {@link PlumbConfig#entitySource()}.
 */
public final class ConfigResolver {

    public static final String DEFAULT_FILE = "plumb.properties";
    public static final String DEFAULT_OUTPUT = "src/main/java";
    public static final String DEFAULT_MIGRATIONS_PACKAGE = "migrations";

    public static final String URL = "url";
    public static final String USER = "user";
    public static final String PASSWORD = "password";
    public static final String ENTITIES = "entities";
    public static final String PACKAGES = "packages";
    public static final String OUTPUT = "output";
    public static final String MIGRATIONS_PACKAGE = "migrations-package";
    public static final String MIGRATIONS = "migrations";
    public static final String LOCK_TIMEOUT = "lock-timeout";
    public static final String IGNORE = "ignore";
    public static final String PRUNE = "prune";
    public static final String DIALECTS = "dialects";
    public static final String ONLINE = "online";

    /** How long a command waits for another process's migration lock, or for an embedded database it has open. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

    /** Every key a flag or the file may set. */
    public static final Set<String> KEYS =
            Set.of(URL, USER, PASSWORD, ENTITIES, PACKAGES, OUTPUT, MIGRATIONS_PACKAGE, MIGRATIONS, LOCK_TIMEOUT,
                    IGNORE, PRUNE, DIALECTS, ONLINE);

    private static final Map<String, String> ENVIRONMENT_KEYS =
            Map.of(URL, "PLUMB_URL", USER, "PLUMB_USER", PASSWORD, "PLUMB_PASSWORD");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?");
    private static final List<String> PASSTHROUGH_PREFIXES = List.of("hibernate.", "jakarta.persistence.");

    private final Path workingDirectory;
    private final Map<String, String> environment;

    public ConfigResolver(Path workingDirectory, Map<String, String> environment) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.environment = Map.copyOf(environment);
    }

    /**
     * @param flags      settings given on the command line, keyed by long option name; absent keys are not set
     * @param configFile the file named by {@code --config}, relative to the working directory
     */
    public PlumbConfig resolve(Map<String, String> flags, Optional<Path> configFile) {
        unknownKeys(flags.keySet()).stream().findFirst().ifPresent(key -> {
            throw new IllegalArgumentException("unknown setting " + key);
        });
        PropertiesFile file = load(configFile);
        Sources sources = new Sources(flags, environment, file);
        Path output = sources.path(OUTPUT).orElse(workingDirectory.resolve(DEFAULT_OUTPUT));
        return new PlumbConfig(workingDirectory, connection(sources), sources.paths(ENTITIES, List.of()),
                sources.value(PACKAGES).map(ConfigResolver::splitCommas).orElse(List.of()),
                output,
                migrationsPackage(sources),
                sources.paths(MIGRATIONS, List.of(output)),
                file.passthrough(),
                sources.value(LOCK_TIMEOUT).map(ConfigResolver::duration).orElse(DEFAULT_LOCK_TIMEOUT),
                sources.value(IGNORE).map(ConfigResolver::splitCommas).orElse(List.of()),
                sources.value(PRUNE).map(value -> flag(PRUNE, value)).orElse(false),
                sources.value(DIALECTS).map(ConfigResolver::dialects).orElse(List.of()),
                sources.value(ONLINE).map(value -> flag(ONLINE, value)).orElse(true));
    }

    /** {@code key=true} or {@code false} ({@code prune}, {@code online}); anything else is a usage error naming it. */
    static boolean flag(String key, String value) {
        String text = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new ConfigException(key + " '" + value + "' is not true or false: set " + key + "=true or " + key
                + "=false in plumb.properties");
    }

    /**
     * Dialect names separated by commas: each name one {@link Dialects#named} knows, in the order given, without
     * repeats; anything else is a usage error naming the setting and the names Plumb knows.
     */
    static List<Dialect> dialects(String value) {
        List<Dialect> dialects = new java.util.ArrayList<>();
        for (String name : splitCommas(value)) {
            Dialect dialect = Dialects.named(name).orElseThrow(() -> new ConfigException("dialects: '" + name
                    + "' is not a database Plumb generates for: use " + Dialects.supportedNames()
                    + ", separated by commas (dialects=" + Dialects.supportedNames(",") + ")"));
            if (!dialects.contains(dialect)) {
                dialects.add(dialect);
            }
        }
        return dialects;
    }

    /** {@code 90s}, {@code 2m}, {@code 1h}, {@code 500ms}, plain seconds, or ISO-8601 ({@code PT90S}). */
    static Duration duration(String value) {
        return duration(LOCK_TIMEOUT, value);
    }

    /** A duration as {@link #duration(String)} reads it; the refusal names {@code option}. */
    public static Duration duration(String option, String value) {
        String text = value.trim().toLowerCase(java.util.Locale.ROOT);
        Matcher matcher = DURATION.matcher(text);
        try {
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                return switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "m", "min" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofSeconds(amount);
                };
            }
            Duration duration = Duration.parse(text.toUpperCase(java.util.Locale.ROOT));
            if (!duration.isNegative()) {
                return duration;
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(option + " '" + value + "' is not a duration: use for example 90s, 2m, 500ms"
                + " or PT90S");
    }

    private ConnectionSettings connection(Sources sources) {
        Optional<String> url = sources.connectionValue(URL);
        if (url.isPresent() && url.get().isBlank()) {
            throw new ConfigException("the database URL is empty: pass a JDBC URL of " + Dialects.supportedUrls()
                    + " with --url (or PLUMB_URL, or url= in plumb.properties), or leave it out for the embedded "
                    + Dialects.embedded().dialect().productName() + " database");
        }
        if (url.isEmpty()) {
            DatabaseAccount embedded = Dialects.embeddedDefault(workingDirectory.resolve(".plumb"));
            return new ConnectionSettings(embedded.url(), sources.connectionValue(USER).or(embedded::user),
                    sources.connectionValue(PASSWORD).or(embedded::password));
        }
        return new ConnectionSettings(url.get(), sources.connectionValue(USER), sources.connectionValue(PASSWORD));
    }

    private static String migrationsPackage(Sources sources) {
        String name = sources.value(MIGRATIONS_PACKAGE).map(String::trim).orElse(DEFAULT_MIGRATIONS_PACKAGE);
        if (!name.isEmpty() && !SourceVersion.isName(name)) {
            throw new ConfigException("migrations-package '" + name + "' is not a Java package name: use dotted "
                    + "lower-case names such as db.migration");
        }
        return name;
    }

    private PropertiesFile load(Optional<Path> configFile) {
        Path path = workingDirectory.resolve(configFile.orElse(Path.of(DEFAULT_FILE))).normalize();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            if (configFile.isPresent()) {
                throw new ConfigException("config file " + path + " does not exist: fix the --config path");
            }
            return new PropertiesFile(Map.of(), workingDirectory);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read config file " + path + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key).trim()));
        Set<String> unknown = unknownKeys(values.keySet());
        if (!unknown.isEmpty()) {
            throw new ConfigException("unknown key " + unknown.iterator().next() + " in " + path + ": known keys are "
                    + new TreeSet<>(KEYS) + " and hibernate.* / jakarta.persistence.*");
        }
        return new PropertiesFile(values, path.getParent());
    }

    private static Set<String> unknownKeys(Set<String> keys) {
        Set<String> unknown = new TreeSet<>();
        for (String key : keys) {
            boolean passthrough = PASSTHROUGH_PREFIXES.stream().anyMatch(key::startsWith);
            if (!KEYS.contains(key) && !passthrough) {
                unknown.add(key);
            }
        }
        return unknown;
    }

    private static List<String> splitCommas(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The values of the properties file and the directory its relative paths are resolved against. */
    private record PropertiesFile(Map<String, String> values, Path directory) {

        Map<String, String> passthrough() {
            Map<String, String> settings = new LinkedHashMap<>(values);
            settings.keySet().removeAll(KEYS);
            return settings;
        }
    }

    /** Looks a setting up in precedence order and resolves paths against the right directory. */
    private final class Sources {
        private final Map<String, String> flags;
        private final Map<String, String> environment;
        private final PropertiesFile file;

        Sources(Map<String, String> flags, Map<String, String> environment, PropertiesFile file) {
            this.flags = flags;
            this.environment = environment;
            this.file = file;
        }

        Optional<String> value(String key) {
            return Optional.ofNullable(flags.get(key)).or(() -> Optional.ofNullable(file.values().get(key)));
        }

        Optional<String> connectionValue(String key) {
            return Optional.ofNullable(flags.get(key))
                    .or(() -> Optional.ofNullable(environment.get(ENVIRONMENT_KEYS.get(key))))
                    .or(() -> Optional.ofNullable(file.values().get(key)));
        }

        Optional<Path> path(String key) {
            return resolved(key, raw -> List.of(Path.of(raw.trim()))).map(paths -> paths.get(0));
        }

        List<Path> paths(String key, List<Path> fallback) {
            return resolved(key, ConfigResolver::splitPaths).orElse(fallback);
        }

        private Optional<List<Path>> resolved(String key, Function<String, List<Path>> parse) {
            Path base = flags.containsKey(key) ? workingDirectory : file.directory();
            return value(key).filter(v -> !v.isBlank()).map(parse)
                    .map(paths -> paths.stream().map(p -> base.resolve(p).normalize()).toList());
        }
    }

    private static List<Path> splitPaths(String value) {
        return Arrays.stream(value.split(java.io.File.pathSeparator)).map(String::trim).filter(s -> !s.isEmpty())
                .map(Path::of).toList();
    }
}
