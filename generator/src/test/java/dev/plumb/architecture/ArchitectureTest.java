package dev.plumb.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that keep the pipeline honest, checked on the sources: Hibernate is used only as a reader, behind one
 * package; the runtime that ships inside applications needs nothing but the JDK; every dialect decision lives in
 * {@code dialect/<name>/} (the rest of Plumb names no database); and no two packages depend on each other.
 */
class ArchitectureTest {

    private static final Path ROOT = Path.of(System.getProperty("plumb.root", ".."));
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** The modules that ship; {@code bench} and {@code test-support} create test databases and must name them. */
    private static final List<String> SHIPPED_MODULES = List.of("annotations", "generator", "runtime", "junit",
            "maven-plugin", "spring-boot-starter");

    /**
     * A database named in code: by name or enum constant ({@code PostgresX}, {@code Dialect.H2}, {@code MySQL}), by a
     * type spelling only some databases know, or by URL prefix. Matched on code without comments.
     */
    static final Pattern DIALECT_NAME = Pattern.compile("(?i)\\b(?:postgres\\w*|h2\\w*|mariadb\\w*|mysql\\w*"
            + "|varchar\\w*|bigint|int[248]|timestamptz|bytea|jsonb|bigserial|serial[248]?)\\b|\\benum\\s*\\("
            + "|jdbc:(?:postgresql|h2|mariadb|mysql)");

    /** Where naming a database is the point: the generator's dialect packages and the runtime's dialect classes. */
    private static final List<String> DIALECT_HOMES = List.of(
            "generator/src/main/java/dev/plumb/dialect/",
            // the runtime depends on the JDK only, so it keeps its own small per-dialect classes
            "runtime/src/main/java/dev/plumb/runtime/Dialect.java",
            "runtime/src/main/java/dev/plumb/runtime/Dialects.java",
            "runtime/src/main/java/dev/plumb/runtime/MigrationLock.java",
            "runtime/src/main/java/dev/plumb/runtime/PostgresAdvisoryLock.java",
            "runtime/src/main/java/dev/plumb/runtime/H2RowLock.java",
            // PostgreSQL's lock_timeout, statement_timeout, blockers and invalid indexes around migration steps
            "runtime/src/main/java/dev/plumb/runtime/DdlGuard.java",
            "runtime/src/main/java/dev/plumb/runtime/PostgresDdlGuard.java",
            "runtime/src/main/java/dev/plumb/runtime/PostgresBlockers.java",
            // the history table's DDL: types every supported database spells alike
            "runtime/src/main/java/dev/plumb/runtime/HistoryRepository.java");


    @Test
    void onlyTheReaderImportsHibernate() {
        Path main = ROOT.resolve("generator/src/main/java");
        Path reader = main.resolve("dev/plumb/reader");
        List<String> offenders = javaFiles(main)
                .filter(file -> !file.startsWith(reader))
                .filter(file -> imports(file).stream().anyMatch(i -> i.startsWith("org.hibernate")))
                .map(file -> main.relativize(file).toString())
                .toList();
        assertThat(offenders).as("files outside dev.plumb.reader importing org.hibernate").isEmpty();
    }

    @Test
    void runtimeDependsOnTheJdkOnly() {
        Path main = ROOT.resolve("runtime/src/main/java");
        List<String> offenders = javaFiles(main)
                .flatMap(file -> imports(file).stream()
                        .filter(i -> !i.startsWith("java.") && !i.startsWith("javax.")
                                && !i.startsWith("dev.plumb.runtime"))
                        .map(i -> main.relativize(file) + " imports " + i))
                .toList();
        assertThat(javaFiles(main).count()).as("runtime sources found").isPositive();
        assertThat(offenders).isEmpty();
    }

    @Test
    void noDatabaseIsNamedOutsideTheDialectPackages() {
        List<JavaSource> sources = SHIPPED_MODULES.stream()
                .map(module -> ROOT.resolve(module).resolve("src/main/java"))
                .filter(Files::isDirectory)
                .flatMap(main -> sourcesIn(main).stream())
                .toList();
        assertThat(sources).as("main sources found").hasSizeGreaterThan(100);

        assertThat(dialectNamesOutsideHomes(sources))
                .as("code outside dialect/ that names a database: ask the dialect (SqlDialect's parts, Dialects)")
                .isEmpty();
    }

    @Test
    void theGeneratorsPackagesFormNoCycle() {
        List<JavaSource> sources = sourcesIn(ROOT.resolve("generator/src/main/java"));

        Optional<List<String>> cycle = PackageGraph.of(sources).cycle();

        assertThat(cycle).as("package cycle " + cycle.map(c -> String.join(" -> ", c)).orElse("")).isEmpty();
    }

    /** The files, as {@code module/src/main/java/...} paths, and the first database name in each, outside homes. */
    static List<String> dialectNamesOutsideHomes(List<JavaSource> sources) {
        return sources.stream()
                .filter(source -> DIALECT_HOMES.stream().noneMatch(source.path()::startsWith))
                .flatMap(source -> source.firstMatch(DIALECT_NAME).stream())
                .toList();
    }

    /** The sources under a module's {@code src/main/java}, with paths relative to the repository root. */
    private static List<JavaSource> sourcesIn(Path main) {
        return javaFiles(main).map(file -> JavaSource.read(ROOT, file)).toList();
    }

    private static Stream<Path> javaFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> imports(Path file) {
        try {
            Matcher matcher = IMPORT.matcher(Files.readString(file));
            return matcher.results().map(r -> r.group(1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
