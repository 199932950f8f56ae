package dev.plumb.spring;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

import java.util.Set;

/**
 * Tells Spring Boot that {@link PlumbMigrationInitializer} beans initialize the database, the way Boot's own Flyway
 * and Liquibase support does; every bean Boot detects as depending on database initialization (the JPA
 * {@code EntityManagerFactory} among them) is then created after it. Registered in {@code META-INF/spring.factories}.
 */
public class PlumbDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(PlumbMigrationInitializer.class);
    }
}
