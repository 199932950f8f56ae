package dev.plumb.compile;

import dev.plumb.runtime.Migration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationLoaderTest {

    @TempDir
    Path dir;

    private static String migration(String packageName, String className, String version) {
        return """
                package %s;

                import dev.plumb.runtime.Dialect;
                import dev.plumb.runtime.Migration;
                import dev.plumb.runtime.Script;

                public final class %s implements Migration {
                    public String version() { return "%s"; }
                    public String description() { return "%s"; }
                    public void up(Script script) { script.on(Dialect.H2, "create table t%s (id int)"); }
                    public void down(Script script) { script.on(Dialect.H2, "drop table t%s"); }
                }
                """.formatted(packageName, className, version, className, version, version);
    }

    private Path source(Path root, String packageName, String className, String text) throws IOException {
        Path file = root.resolve(packageName.replace('.', '/')).resolve(className + ".java");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void compilesASourceRootAndSortsByVersionPartByPart() throws IOException {
        source(dir, "db.m", "V10", migration("db.m", "V10", "10"));
        source(dir, "db.m", "V9", migration("db.m", "V9", "9"));
        source(dir, "db.m.sub", "V2_1", migration("db.m.sub", "V2_1", "2.1"));

        List<Migration> migrations = new MigrationLoader().load(List.of(dir), Optional.of("db.m"));

        assertThat(migrations).extracting(Migration::version).containsExactly("2.1", "9", "10");
    }

    @Test
    void onlyThePackageIsCompiledSoTheRestOfASourceTreeMayNotEvenCompile() throws IOException {
        source(dir, "db.m", "V1", migration("db.m", "V1", "1"));
        source(dir, "app", "Broken", "package app; class Broken { this does not compile }");

        assertThat(new MigrationLoader().load(List.of(dir), Optional.of("db.m"))).hasSize(1);
    }

    @Test
    void compileErrorsNameFileAndLine() throws IOException {
        Path file = source(dir, "db.m", "V1", "package db.m;\n\npublic class V1 implements Missing {}\n");

        assertThatThrownBy(() -> new MigrationLoader().load(List.of(dir), Optional.of("db.m")))
                .isInstanceOf(MigrationLoadException.class)
                .hasMessageContaining(file + ":3: cannot find symbol");
    }

    @Test
    void loadsCompiledClassesFromDirectoriesAndJarsAndSkipsNonMigrations() throws IOException {
        Path sources = dir.resolve("src");
        source(sources, "db.m", "V1", migration("db.m", "V1", "1"));
        source(sources, "db.m", "V2", migration("db.m", "V2", "2"));
        source(sources, "db.m", "Helper", "package db.m; public class Helper {}");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        compileToDisk(sources, classes);
        Path jar = dir.resolve("m.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("db/m/V2.class"));
            out.write(Files.readAllBytes(classes.resolve("db/m/V2.class")));
            out.closeEntry();
        }
        Files.delete(classes.resolve("db/m/V2.class"));

        List<Migration> migrations = new MigrationLoader().load(List.of(classes, jar), Optional.empty());

        assertThat(migrations).extracting(Migration::version).containsExactly("1", "2");
    }

    @Test
    void aMigrationWithoutANoArgumentConstructorIsReported() throws IOException {
        source(dir, "db.m", "V1", migration("db.m", "V1", "1")
                .replace("implements Migration {", "implements Migration {\n    public V1(int x) {}"));

        assertThatThrownBy(() -> new MigrationLoader().load(List.of(dir), Optional.of("db.m")))
                .hasMessageContaining("db.m.V1 has no public no-argument constructor");
    }

    @Test
    void duplicateVersionsAndMissingLocationsAreErrors() throws IOException {
        source(dir, "db.m", "V1", migration("db.m", "V1", "1"));
        source(dir, "db.m", "V1b", migration("db.m", "V1b", "1"));

        assertThatThrownBy(() -> new MigrationLoader().load(List.of(dir), Optional.of("db.m")))
                .isInstanceOf(dev.plumb.runtime.ValidationException.class)
                .hasMessageContaining("Duplicate migration version").hasMessageContaining("db.m.V1 ")
                .hasMessageContaining("db.m.V1b");
        assertThatThrownBy(() -> new MigrationLoader().load(List.of(dir.resolve("nope")), Optional.empty()))
                .isInstanceOf(MigrationLoadException.class).hasMessageContaining("does not exist");
    }

    /** The runtime's order, not a copy of it: {@code -} separates parts, so {@code 1-9} comes before {@code 1-10}. */
    @Test
    void versionsOrderAsTheRuntimeOrdersThem() throws IOException {
        source(dir, "db.m", "V1_10", migration("db.m", "V1_10", "1-10"));
        source(dir, "db.m", "V1_9", migration("db.m", "V1_9", "1-9"));

        List<Migration> migrations = new MigrationLoader().load(List.of(dir), Optional.of("db.m"));

        assertThat(migrations).extracting(Migration::version).containsExactly("1-9", "1-10");
    }

    /** The runtime refuses {@code 1} and {@code 01} together; a replay must not accept what migrate would refuse. */
    @Test
    void versionsTheRuntimeCallsEqualAreDuplicates() throws IOException {
        source(dir, "db.m", "V1", migration("db.m", "V1", "1"));
        source(dir, "db.m", "V01", migration("db.m", "V01", "01"));

        assertThatThrownBy(() -> new MigrationLoader().load(List.of(dir), Optional.of("db.m")))
                .isInstanceOf(dev.plumb.runtime.ValidationException.class)
                .hasMessageContaining("Duplicate migration version");
    }

    private static void compileToDisk(Path sources, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> args;
        try (Stream<Path> files = Files.walk(sources)) {
            args = Stream.concat(Stream.of("-d", classes.toString(), "-classpath",
                            System.getProperty("java.class.path")),
                    files.filter(f -> f.toString().endsWith(".java")).map(Path::toString)).toList();
        }
        int result = compiler.run(null, OutputStream.nullOutputStream(), System.err, args.toArray(String[]::new));
        assertThat(result).isZero();
    }
}
