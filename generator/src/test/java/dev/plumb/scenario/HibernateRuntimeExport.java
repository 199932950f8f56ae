package dev.plumb.scenario;

import dev.plumb.testsupport.TestDatabase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The oracle as an application meets it: a real {@code EntityManagerFactory}, booted the way a JPA application boots
 * Hibernate, with {@code jakarta.persistence.schema-generation.database.action=create} on a real test database. Unlike
 * the metadata-level export, this runs everything Hibernate runs at start-up (its column ordering, the Bean Validation
 * integrator with the provider on the classpath), so it checks the reader's own imitation of those steps.
 */
final class HibernateRuntimeExport {

    private HibernateRuntimeExport() {
    }

    /** Creates the schema of the package's entities in the database, as the application's Hibernate would. */
    static void create(TestDatabase database, Path classes, String entityPackage, Map<String, String> settings) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("oracle")
                .jdbcUrl(database.url())
                .jdbcCredentials(database.user(), database.password() == null ? "" : database.password())
                .property("jakarta.persistence.schema-generation.database.action", "create")
                .property("jakarta.persistence.create-database-schemas", "true");
        entities(classes, entityPackage).forEach(configuration::managedClass);
        settings.forEach(configuration::property);
        try (EntityManagerFactory factory = configuration.createEntityManagerFactory()) {
            factory.getMetamodel();
        }
    }

    private static List<Class<?>> entities(Path classes, String entityPackage) {
        Path folder = classes.resolve(entityPackage.replace('.', '/'));
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::getFileName).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> load(entityPackage + "." + name.substring(0, name.length() - 6)))
                    .filter(type -> type.isAnnotationPresent(Entity.class))
                    .<Class<?>>map(type -> type)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
