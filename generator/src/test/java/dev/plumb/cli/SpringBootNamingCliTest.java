package dev.plumb.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entities of a Spring Boot application are read with Spring Boot's naming, with no naming setting in
 * {@code plumb.properties}: a {@code Set}-valued {@code @ManyToMany} without {@code @JoinTable} gets the join table
 * {@code product_categories} (owner table + attribute), where JPA's default gives {@code product_category}.
 *
 * <p>Spring Boot itself does not resolve offline here, so its {@code SpringImplicitNamingStrategy} is stood in for
 * by a class of the same fully-qualified name with the same join-table rule ({@code SpringStyleImplicitNamingStrategy},
 * the petclinic oracle's copy), compiled with the entities: what Plumb detects is the class name, and the names come
 * from whatever that class computes, as in the application.
 */
class SpringBootNamingCliTest {

    /** Spring Boot's class name, with the rule of the tests' copy of Spring Boot's strategy. */
    private static final String SPRING_STRATEGY = """
            package org.springframework.boot.hibernate;

            public class SpringImplicitNamingStrategy
                    extends dev.plumb.oracle.petclinic.SpringStyleImplicitNamingStrategy {
            }
            """;

    private static final String PRODUCT = """
            package shop;

            import jakarta.persistence.*;
            import java.util.Set;

            @Entity
            public class Product {
                @Id Long id;
                Integer unitPrice;
                @ManyToMany Set<Category> categories;
            }
            """;

    private static final String CATEGORY = """
            package shop;

            import jakarta.persistence.*;

            @Entity
            public class Category {
                @Id Long id;
            }
            """;

    @TempDir
    Path cwd;

    @BeforeEach
    void entities() throws IOException {
        compile(Map.of("shop/Product.java", PRODUCT, "shop/Category.java", CATEGORY));
    }

    @Test
    void springBootApplicationGetsSpringBootsNames() throws IOException {
        compile(Map.of("org/springframework/boot/hibernate/SpringImplicitNamingStrategy.java", SPRING_STRATEGY));

        String sql = dryRun();

        assertThat(sql).contains("create table product_categories (", "unit_price integer")
                .doesNotContain("product_category (");
    }

    @Test
    void withoutSpringBootJpasDefaultNames() throws IOException {
        String sql = dryRun();

        assertThat(sql).contains("create table product_category (", "unitprice integer")
                .doesNotContain("product_categories");
    }

    @Test
    void applicationPropertiesAndYamlAreReadAndPlumbPropertiesWins() throws IOException {
        compile(Map.of("org/springframework/boot/hibernate/SpringImplicitNamingStrategy.java", SPRING_STRATEGY));
        Files.writeString(cwd.resolve("classes/application.yml"), """
                spring:
                  jpa:
                    hibernate:
                      naming:
                        physical-strategy: org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl
                """);
        assertThat(dryRun()).contains("create table product_categories (", "unitprice integer");

        Files.writeString(cwd.resolve("classes/application.properties"),
                "spring.jpa.properties.hibernate.implicit_naming_strategy="
                        + "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl\n");
        assertThat(dryRun()).contains("create table product_category (", "unitprice integer");

        Files.writeString(cwd.resolve("plumb.properties"), "hibernate.physical_naming_strategy="
                + "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl\n");
        assertThat(dryRun()).contains("create table product_category (", "unit_price integer");
    }

    @Test
    void anEntityJarThatIsNotAZipIsAUsageErrorNamingIt() throws IOException {
        Files.writeString(cwd.resolve("broken.jar"), "not a zip");

        CliRun run = CliRun.plumb(cwd, Map.of(), "generate", "--dry-run", "--entities", "classes:broken.jar",
                "--url", "jdbc:h2:mem:springnaming" + System.nanoTime());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(cwd.resolve("broken.jar").toString(), "fix --entities").hasLineCount(1);
    }

    private String dryRun() {
        CliRun run = CliRun.plumb(cwd, Map.of(), "generate", "--dry-run", "--entities", "classes",
                "--url", "jdbc:h2:mem:springnaming" + System.nanoTime());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    /** Compiles the sources (path → text) together into {@code classes/}. */
    private void compile(Map<String, String> sources) throws IOException {
        Path classes = Files.createDirectories(cwd.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path")));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = cwd.resolve("sources").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        int result = ToolProvider.getSystemJavaCompiler().run(null, OutputStream.nullOutputStream(), System.err,
                args.toArray(String[]::new));
        assertThat(result).isZero();
    }
}
