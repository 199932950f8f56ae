package dev.plumb.runtime;

import dev.plumb.runtime.fixtures.V1CreateAuthor;
import dev.plumb.runtime.fixtures.V2AddBook;
import dev.plumb.runtime.fixtures.more.V10IndexBookAuthor;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Package scanning of directories and jars, and the one-call {@link Plumb#migrate} entry. */
class MigrationScannerTest {

    private static final String PACKAGE = "dev.plumb.runtime.fixtures";
    private static final List<Class<?>> FIXTURES = List.of(V1CreateAuthor.class, V2AddBook.class,
            V10IndexBookAuthor.class, dev.plumb.runtime.fixtures.BaseMigration.class,
            dev.plumb.runtime.fixtures.NotAMigration.class);

    @Test
    void findsMigrationsOfPackageAndSubPackagesInDirectories() {
        List<Migration> migrations = MigrationScanner.scan(PACKAGE, getClass().getClassLoader());

        assertThat(migrations).extracting(m -> m.getClass().getSimpleName())
                .containsExactly("V1CreateAuthor", "V2AddBook", "V10IndexBookAuthor");
    }

    @Test
    void findsNothingInAPackageWithoutMigrations() {
        assertThat(MigrationScanner.scan("dev.plumb.no.such.pkg", getClass().getClassLoader())).isEmpty();
        assertThat(MigrationScanner.scan(PACKAGE + ".more", getClass().getClassLoader()))
                .extracting(Migration::version).containsExactly("10");
    }

    @Test
    void findsMigrationsInJars(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("migrations.jar");
        writeJar(jar);
        ClassLoader parent = new HidingClassLoader(getClass().getClassLoader());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, parent)) {
            List<Migration> migrations = MigrationScanner.scan(PACKAGE, loader);

            assertThat(migrations).extracting(Migration::version).containsExactly("1", "2", "10");
            assertThat(migrations).allMatch(m -> m.getClass().getClassLoader() == loader, "loaded from the jar");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void plumbMigrateAppliesScannedMigrations(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            MigrationReport report = Plumb.migrate(db.dataSource(), PACKAGE);

            assertThat(report.steps()).extracting(MigrationReport.Step::description)
                    .containsExactly("Create author", "Add book", "Index book author");
            assertThat(Db.tableExists(db, "book")).isTrue();
            assertThat(Plumb.migrate(db.dataSource(), PACKAGE).steps()).isEmpty();
        }
    }

    private void writeJar(Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            // directory entries, as Maven and Gradle write them: getResources finds a package through them
            for (String directory : List.of("dev/", "dev/plumb/", "dev/plumb/runtime/", "dev/plumb/runtime/fixtures/",
                    "dev/plumb/runtime/fixtures/more/")) {
                jarOut.putNextEntry(new JarEntry(directory));
                jarOut.closeEntry();
            }
            for (Class<?> type : FIXTURES) {
                String entry = type.getName().replace('.', '/') + ".class";
                jarOut.putNextEntry(new JarEntry(entry));
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(jarOut);
                }
                jarOut.closeEntry();
            }
        }
    }

    /** Hides the fixture package of the test class path, so the jar is the only place the scanner can find it. */
    private static final class HidingClassLoader extends ClassLoader {

        HidingClassLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(PACKAGE)) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith(PACKAGE.replace('.', '/')) ? Collections.emptyEnumeration()
                    : super.getResources(name);
        }
    }
}
