package dev.plumb.cli;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-entity model the CLI tests drive through {@code plumb}: {@code shop.Customer} (table {@code customer},
 * an IDENTITY id) with the fields a test gives, written under {@code <root>/entities} and compiled to
 * {@code <root>/classes}, where the tests point {@code --entities}.
 */
final class CustomerEntity {

    /** The field most tests start from. */
    static final String EMAIL = """
            @Column(nullable = false, length = 120)
            String email;
            """;

    private CustomerEntity() {
    }

    /** Writes and compiles {@code Customer} with {@code fields} (Java declarations), replacing an earlier version. */
    static void compile(Path root, String fields) throws IOException {
        compile(root, "@Table(name = \"customer\")", fields);
    }

    /** {@link #compile(Path, String)} with another {@code @Table} annotation, e.g. one that declares indexes. */
    static void compile(Path root, String tableAnnotation, String fields) throws IOException {
        Path source = root.resolve("entities/shop/Customer.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package shop;

                import jakarta.persistence.*;

                @Entity
                %s
                public class Customer {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    Long id;

                %s}
                """.formatted(tableAnnotation, fields.indent(4)));
        Path classes = Files.createDirectories(root.resolve("classes"));
        Files.deleteIfExists(classes.resolve("shop/Customer.class"));
        int result = ToolProvider.getSystemJavaCompiler().run(null, OutputStream.nullOutputStream(), System.err,
                "-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), source.toString());
        assertThat(result).isZero();
    }
}
