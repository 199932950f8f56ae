package dev.plumb.junit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the Plumb CLI's classes are for the forked {@code plumb check}: never on the application's classpath, so
 * the application keeps its own Hibernate, JDBC drivers and SLF4J provider.
 *
 * <p>Either the system property {@value #PROPERTY} (a class path, for builds that have the CLI elsewhere), or the
 * jars listed in {@value #RESOURCE}, written when plumb-junit is built (the plumb-generator artifact and its runtime
 * dependencies), looked up in the local Maven repository ({@code maven.repo.local}, else {@code ~/.m2/repository}).
 * They are there once the build uses plumb-maven-plugin, which depends on the same artifacts.
 */
final class CliClasspath {

    static final String PROPERTY = "plumb.cli.classpath";
    static final String RESOURCE = "META-INF/plumb/cli-dependencies.txt";

    private CliClasspath() {
    }

    static String resolve() {
        String explicit = System.getProperty(PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        Path repository = localRepository();
        List<String> jars = new ArrayList<>();
        for (String line : listedDependencies()) {
            fields(line).ifPresent(fields -> {
                Path jar = repository.resolve(path(fields));
                if (!Files.isRegularFile(jar)) {
                    throw new IllegalStateException("plumb-junit cannot find " + jar + " (the Plumb CLI it runs): add"
                            + " plumb-maven-plugin to the build, or run mvn dependency:get -Dartifact="
                            + coordinates(fields) + ", or set -D" + PROPERTY);
                }
                jars.add(jar.toString());
            });
        }
        return String.join(java.io.File.pathSeparator, jars);
    }

    private static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static List<String> listedDependencies() {
        try (InputStream in = CliClasspath.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from plumb-junit (a Plumb build defect):"
                        + " set -D" + PROPERTY + " to the CLI's class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code group:artifact:version[:type[:classifier]]}, as {@code dependency:get -Dartifact} takes them. */
    private static String coordinates(String[] fields) {
        String classifier = fields.length == 6 ? ":" + fields[3] : "";
        return fields[0] + ":" + fields[1] + ":" + fields[fields.length - 2] + ":" + fields[2] + classifier;
    }

    /** The repository path of one line of {@link #RESOURCE}; empty for the heading and blank lines. */
    static Optional<Path> artifactPath(String line) {
        return fields(line).map(CliClasspath::path);
    }

    /**
     * The fields of one line of {@code mvn dependency:list} output
     * ({@code group:artifact:type[:classifier]:version:scope}, maybe followed by a module name).
     */
    private static Optional<String[]> fields(String line) {
        String[] fields = line.trim().split("\\s+")[0].split(":");
        return fields.length == 5 || fields.length == 6 ? Optional.of(fields) : Optional.empty();
    }

    private static Path path(String[] fields) {
        String artifact = fields[1];
        String version = fields[fields.length - 2];
        String classifier = fields.length == 6 ? "-" + fields[3] : "";
        return Path.of(fields[0].replace('.', '/'), artifact, version,
                artifact + "-" + version + classifier + "." + fields[2]);
    }
}
