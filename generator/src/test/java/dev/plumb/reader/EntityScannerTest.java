package dev.plumb.reader;

import dev.plumb.reader.fixtures.Customer;
import dev.plumb.reader.fixtures.OrderLine;
import dev.plumb.reader.fixtures.PurchaseOrder;
import dev.plumb.reader.fixtures.catalog.Product;
import dev.plumb.reader.fixtures.catalog.Tag;
import dev.plumb.reader.otherfixtures.Note;
import org.hibernate.annotations.OnDelete;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static dev.plumb.reader.ReaderFixtures.FIXTURES;
import static dev.plumb.reader.ReaderFixtures.testClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityScannerTest {

    private static List<String> entityNames(EntitySource source) {
        try (ManagedClasses classes = new EntityScanner().scan(source)) {
            return classes.entities().stream().map(Class::getName).toList();
        }
    }

    private static EntitySource source(List<Path> classpath, String... packages) {
        return new EntitySource(classpath, List.of(packages), Map.of());
    }

    @Test
    void findsEntitiesInADirectoryIncludingSubPackages() {
        assertThat(entityNames(source(List.of(testClasses()), FIXTURES))).containsExactly(
                Customer.class.getName(), OrderLine.class.getName(), PurchaseOrder.class.getName(),
                Product.class.getName(), Tag.class.getName());
    }

    @Test
    void packageFilterLeavesOtherPackagesOut() {
        assertThat(entityNames(source(List.of(testClasses()), FIXTURES + ".catalog")))
                .containsExactly(Product.class.getName(), Tag.class.getName());
        assertThat(entityNames(source(List.of(testClasses()), "dev.plumb.reader.otherfixtures")))
                .containsExactly(Note.class.getName());
        assertThat(entityNames(source(List.of(testClasses()))))
                .contains(Note.class.getName(), Customer.class.getName(), Product.class.getName());
    }

    @Test
    void packageFilterDoesNotMatchAPackageThatOnlySharesAPrefix() {
        // "dev.plumb.reader.fix" must not select dev.plumb.reader.fixtures
        assertThatThrownBy(() -> entityNames(source(List.of(testClasses()), "dev.plumb.reader.fix")))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("no @Entity class found");
    }

    @Test
    void leavesHibernatesOwnEntitiesOutOfAnUnfilteredScan() throws Exception {
        Path hibernateJar = Path.of(OnDelete.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (ManagedClasses classes = new EntityScanner().scan(source(List.of(testClasses(), hibernateJar)))) {
            assertThat(classes.all()).extracting(Class::getName)
                    .contains(Customer.class.getName(), Note.class.getName())
                    .noneMatch(name -> name.startsWith("org.hibernate."));
        }
    }

    @Test
    void findsEntitiesInAJar(@TempDir Path temp) throws IOException {
        Path jar = jarOf(testClasses(), "dev/plumb/reader/fixtures/", temp.resolve("entities.jar"));
        Path emptyDir = Files.createDirectory(temp.resolve("empty"));
        assertThat(entityNames(source(List.of(emptyDir, jar)))).containsExactly(
                Customer.class.getName(), OrderLine.class.getName(), PurchaseOrder.class.getName(),
                Product.class.getName(), Tag.class.getName());
        assertThat(entityNames(source(List.of(jar), FIXTURES + ".catalog")))
                .containsExactly(Product.class.getName(), Tag.class.getName());
    }

    @Test
    void theReaderWorksFromAJar(@TempDir Path temp) throws IOException {
        Path jar = jarOf(testClasses(), "dev/plumb/reader/fixtures/", temp.resolve("entities.jar"));
        assertThat(new HibernateModelReader().read(source(List.of(jar)), ReaderFixtures.POSTGRES).tables())
                .hasSize(6);
    }

    @Test
    void skipsClassesWithoutTheAnnotationDescriptor() throws IOException {
        byte[] enumClass = Files.readAllBytes(testClasses().resolve("dev/plumb/reader/fixtures/CustomerStatus.class"));
        byte[] entityClass = Files.readAllBytes(testClasses().resolve("dev/plumb/reader/fixtures/Customer.class"));
        assertThat(EntityScanner.containsDescriptor(enumClass)).isFalse();
        assertThat(EntityScanner.containsDescriptor(entityClass)).isTrue();
    }

    @Test
    void missingClasspathEntryIsNamed(@TempDir Path temp) {
        Path missing = temp.resolve("no-such-classes");
        assertThatThrownBy(() -> entityNames(source(List.of(testClasses(), missing))))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith("classpath entry does not exist: " + missing);
    }

    @Test
    void noEntityNamesThePathsAndPackages(@TempDir Path temp) {
        assertThatThrownBy(() -> entityNames(source(List.of(temp), "com.example.model")))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("no @Entity class found")
                .hasMessageContaining(temp.toString())
                .hasMessageContaining("com.example.model");
    }

    @Test
    void aDirectoryNamedLikeAClassFileIsNotReadAsOne(@TempDir Path temp) throws IOException {
        Files.createDirectories(temp.resolve("shop/odd.class"));

        assertThatThrownBy(() -> entityNames(source(List.of(temp))))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith("no @Entity class found in " + temp);
    }

    @Test
    void aPackageTypoNamesTheFoldersAndCountsTheJarsInsteadOfListingThem(@TempDir Path temp) throws IOException {
        Path first = jarOf(testClasses(), "dev/plumb/reader/fixtures/", temp.resolve("first-1.0.jar"));
        Path second = jarOf(testClasses(), "dev/plumb/reader/otherfixtures/", temp.resolve("second-1.0.jar"));

        assertThatThrownBy(() -> entityNames(source(List.of(testClasses(), first, second), "dev.plumb.typo")))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith("no @Entity class found in " + testClasses() + " and 2 jars under packages "
                        + "[dev.plumb.typo]: ")
                .hasMessageEndingWith("or fix --packages")
                .message().doesNotContain("first-1.0.jar").doesNotContain("second-1.0.jar");
    }

    /** A jar with the class files under {@code prefix} of {@code root}, built with java.util.jar. */
    private static Path jarOf(Path root, String prefix, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
             Stream<Path> files = Files.walk(root.resolve(prefix))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                jarOut.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
        }
        return jar;
    }
}
