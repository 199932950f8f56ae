package dev.plumb.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the dialect packages (the absence of package cycles as such is {@code ArchitectureTest}'s): the dialect root
 * ({@code SqlDialect} and its part interfaces) names a dialect package only in {@code Dialects}, where it chooses
 * one; the shared packages ({@code dialect.sql}, {@code dialect.common}) name no dialect; and one dialect's package
 * never names another's, so a third dialect is a new folder that nothing else has to know about but
 * {@code Dialects}. Checked on the import statements of the sources.
 */
class DialectPackagesTest {

    private static final Path MAIN = Path.of(System.getProperty("plumb.root", ".."))
            .resolve("generator/src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern CLASS = Pattern.compile("\\.[A-Z].*$");
    private static final String DIALECT = "dev.plumb.dialect";
    private static final Set<String> SHARED = Set.of(DIALECT + ".sql", DIALECT + ".common");

    @Test
    void thereIsNoRenderPackage() {
        assertThat(MAIN.resolve("dev/plumb/render")).doesNotExist();
        assertThat(sources().values().stream().flatMap(List::stream))
                .noneMatch(i -> i.startsWith("dev.plumb.render."));
    }

    @Test
    void theDialectRootNamesADialectPackageOnlyWhereItChoosesOne() {
        List<String> offenders = sources().entrySet().stream()
                .filter(e -> packageOf(e.getKey()).equals(DIALECT) && !e.getKey().endsWith("Dialects.java"))
                .flatMap(e -> e.getValue().stream().filter(i -> packageOf(i).startsWith(DIALECT + "."))
                        .map(i -> e.getKey() + " imports " + i))
                .toList();
        assertThat(offenders).isEmpty();
    }

    @Test
    void sharedPackagesNameNoDialectAndNoDialectNamesAnother() {
        List<String> offenders = sources().entrySet().stream()
                .filter(e -> packageOf(e.getKey()).startsWith(DIALECT + "."))
                .flatMap(e -> e.getValue().stream()
                        .filter(i -> isDialectPackage(packageOf(i))
                                && !family(packageOf(i)).equals(family(packageOf(e.getKey()))))
                        .map(i -> e.getKey() + " imports " + i))
                .toList();
        assertThat(offenders).isEmpty();
    }

    /**
     * The dialect (or shared package) a package belongs to: {@code dev.plumb.dialect.postgres} for
     * {@code dev.plumb.dialect.postgres.scratch}, whose classes the PostgreSQL dialect may use.
     */
    private static String family(String pkg) {
        String rest = pkg.substring(DIALECT.length() + 1);
        int dot = rest.indexOf('.');
        return DIALECT + "." + (dot < 0 ? rest : rest.substring(0, dot));
    }

    /** A dialect's own package: a sub-package of the dialect root other than the shared ones. */
    private static boolean isDialectPackage(String pkg) {
        return pkg.startsWith(DIALECT + ".") && !SHARED.contains(pkg);
    }

    /** The package of a source path ({@code dev/plumb/x/A.java}) or of an imported name ({@code dev.plumb.x.A}). */
    private static String packageOf(String fileOrImport) {
        if (fileOrImport.endsWith(".java")) {
            String path = fileOrImport.substring(0, fileOrImport.lastIndexOf('/'));
            return path.replace('/', '.');
        }
        return CLASS.matcher(fileOrImport).replaceFirst("");
    }

    /** Each source file, relative to the source root with {@code /}, with its imports. */
    private static Map<String, List<String>> sources() {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            Map<String, List<String>> out = new TreeMap<>();
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = IMPORT.matcher(Files.readString(file));
                out.put(MAIN.relativize(file).toString().replace('\\', '/'),
                        matcher.results().map(r -> r.group(1)).toList());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
