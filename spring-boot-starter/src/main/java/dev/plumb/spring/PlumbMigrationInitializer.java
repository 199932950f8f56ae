package dev.plumb.spring;

import dev.plumb.runtime.Migrator;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the {@link PlumbMigrationStrategy} when the bean is initialized. Spring Boot's database-initialization
 * ordering (see {@link PlumbDatabaseInitializerDetector}) makes the {@code EntityManagerFactory}, JDBC templates and
 * other {@code @DependsOnDatabaseInitialization} beans wait for this bean, so Hibernate's {@code validate} sees the
 * migrated schema.
 */
public class PlumbMigrationInitializer implements InitializingBean {

    private final Migrator migrator;
    private final PlumbMigrationStrategy strategy;

    public PlumbMigrationInitializer(Migrator migrator, PlumbMigrationStrategy strategy) {
        this.migrator = migrator;
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        strategy.migrate(migrator);
    }
}
