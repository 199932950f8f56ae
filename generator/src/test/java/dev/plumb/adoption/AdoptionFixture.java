package dev.plumb.adoption;

import dev.plumb.scenario.CoverageModel;
import dev.plumb.testsupport.TestDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A database an application made before it adopted Plumb, for the {@code dev.plumb.adoption.shop} entities: the
 * schema as that application's hand-written SQL left it ({@code adoption/schema-<dialect>.sql}: names that are not
 * Hibernate's, indexes covering foreign keys, unique indexes, {@code on delete} rules, defaults and NOT NULLs the
 * entities do not declare, a lock table, a view, on PostgreSQL a trigger and its function, on MariaDB column-level
 * checks, and a few genuine discrepancies), plus the previous tool's history ({@code adoption/<tool>.sql}).
 */
public enum AdoptionFixture {

    FLYWAY, LIQUIBASE;

    /** The entity package the fixture's schema was written for. */
    public static final String ENTITY_PACKAGE = "dev.plumb.adoption.shop";

    /** Hibernate settings as a Spring Boot application has them (its naming strategies). */
    public static final List<String> PROPERTIES = List.of(
            "hibernate.physical_naming_strategy=org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
            "hibernate.implicit_naming_strategy=dev.plumb.oracle.petclinic.SpringStyleImplicitNamingStrategy");

    /** Creates the application's schema and the tool's history in {@code database}. */
    public void create(TestDatabase database) {
        database.execute(statements("schema-" + dialect(database) + ".sql"));
        database.execute(statements(name().toLowerCase(Locale.ROOT) + ".sql"));
    }

    /** Writes {@code plumb.properties} with {@link #PROPERTIES} into a project directory. */
    public static void writeProperties(Path project) {
        try {
            Files.writeString(project.resolve("plumb.properties"), String.join("\n", PROPERTIES) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command-line options that read the fixture's entities. */
    public static List<String> entityOptions() {
        return List.of("--entities", CoverageModel.classpath().toString(), "--packages", ENTITY_PACKAGE);
    }

    static String dialect(TestDatabase database) {
        return switch (database.kind()) {
            case H2 -> "h2";
            case MARIADB -> "mariadb";
            default -> "postgresql";
        };
    }

    /**
     * The statements of a resource, each ended by {@code ;} at the end of a line outside a {@code $$} function body;
     * lines starting with {@code --} are comments.
     */
    static String[] statements(String resource) {
        try (InputStream in = AdoptionFixture.class.getResourceAsStream("/adoption/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource adoption/" + resource);
            }
            List<String> statements = new ArrayList<>();
            StringBuilder statement = new StringBuilder();
            boolean inBody = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("--")) {
                    continue;
                }
                inBody ^= line.split("\\$\\$", -1).length % 2 == 0;
                statement.append(line).append('\n');
                if (!inBody && line.stripTrailing().endsWith(";")) {
                    String sql = statement.toString().strip();
                    statements.add(sql.substring(0, sql.length() - 1));
                    statement.setLength(0);
                }
            }
            return statements.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
