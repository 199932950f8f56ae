package dev.plumb.reader;

import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.JdbcSettings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Boots Hibernate's mapping metadata for a target database without connecting to it, hands it to a task, and tears
 * everything down again. The one place that starts Hibernate, shared by the reader and the schema export.
 *
 * <p>The dialect is chosen by product name and version (not by a dialect class name): that fixes the version
 * Hibernate renders for, which otherwise defaults to an old one offline (H2 2.1, PostgreSQL 14).
 * {@code hibernate.boot.allow_jdbc_metadata_access=false} keeps Hibernate from trying to connect. The application's
 * own settings go on top unchanged, so its naming strategies and quoting rules give the names its Hibernate would.
 *
 * <p>Two steps Hibernate runs only when it builds a {@code SessionFactory} are run here too, because they change the
 * DDL: the column ordering strategy ({@code hibernate.column_ordering_strategy}; the default one reorders table and
 * primary-key columns, {@code legacy} keeps declaration order) and Bean Validation's constraints
 * ({@link BeanValidationDdl}).
 */
final class MetadataBoot {

    static {
        // jboss-logging does not pick slf4j on its own; it must be told before the first Hibernate logger exists.
        // slf4j-nop is on the classpath, so Hibernate's boot warnings (HHH90000025, HHH102003...) stay quiet.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
    }

    /** What to do with the metadata while the registry is alive. */
    @FunctionalInterface
    interface MetadataTask<R> {
        R apply(Metadata metadata, StandardServiceRegistry registry);
    }

    private MetadataBoot() {
    }

    /**
     * Scans the source, boots the metadata for the target and runs the task with the entity class loader as the
     * thread's context class loader (Hibernate looks up user classes such as naming strategies through it).
     */
    static <R> R withMetadata(EntitySource source, DatabaseTarget target, MetadataTask<R> task) {
        return withMetadata(source, target, Map.of(), task);
    }

    /** As above, with extra settings on top of the application's (a connection provider for validation). */
    static <R> R withMetadata(EntitySource source, DatabaseTarget target, Map<String, Object> extraSettings,
                              MetadataTask<R> task) {
        Map<String, Object> settings = settings(source, target);
        settings.putAll(extraSettings);
        try (ManagedClasses classes = new EntityScanner().scan(source)) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(classes.loader());
            try {
                return boot(classes, settings, task);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    private static <R> R boot(ManagedClasses classes, Map<String, Object> settings, MetadataTask<R> task) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyClassLoader(classes.loader())
                .build();
        StandardServiceRegistry registry = null;
        try {
            registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
            MetadataSources sources = new MetadataSources(registry);
            classes.all().forEach(sources::addAnnotatedClass);
            MetadataImplementor metadata = (MetadataImplementor) sources.buildMetadata();
            // Hibernate's order: the integrators (Bean Validation) run before the columns are ordered, and the
            // ordering caches each column's SQL type, so a length set later would not be seen.
            BeanValidationDdl.apply(metadata, registry);
            metadata.orderColumns(true);
            return task.apply(metadata, registry);
        } catch (RuntimeException | LinkageError e) {
            Optional<String> missing = MissingClasses.missingClass(e);
            if (missing.isPresent()) {
                throw MissingClasses.error(classes, missing.get(), e);
            }
            if (e instanceof HibernateException) {
                throw new MappingException("Hibernate cannot read the entity mapping: " + e.getMessage(), e);
            }
            throw e;
        } finally {
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            }
            BootstrapServiceRegistryBuilder.destroy(bootstrap);
        }
    }

    static Map<String, Object> settings(EntitySource source, DatabaseTarget target) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(JdbcSettings.JAKARTA_HBM2DDL_DB_NAME, target.productName());
        settings.put(JdbcSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, Integer.toString(target.majorVersion()));
        settings.put(JdbcSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, Integer.toString(target.minorVersion()));
        settings.put(JdbcSettings.ALLOW_METADATA_ON_BOOT, "false");
        settings.putAll(source.hibernateSettings());
        return settings;
    }
}
