package dev.plumb.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two rules that keep the pipeline honest, checked on the sources: Hibernate is used only as a reader, behind one
 * package, and the runtime that ships inside applications needs nothing but the JDK.
 */
class ArchitectureTest {

    private static final Path ROOT = Path.of(System.getProperty("plumb.root", ".."));
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

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

    private static Stream<Path> javaFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList().stream();
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
