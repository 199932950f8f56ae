package dev.plumb.spring;

import dev.plumb.runtime.MigrationScanner;
import dev.plumb.runtime.Migrator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * Applies pending Plumb migrations at start-up, on the application's {@link DataSource}, before the JPA {@code
 * EntityManagerFactory} is built: {@link PlumbDatabaseInitializerDetector} names the initializer to Boot, and the
 * imported {@code DatabaseInitializationDependencyConfigurer} (as Boot's Flyway support imports it) makes every
 * bean that depends on database initialization depend on it. Off with {@code
 * plumb.enabled=false}; the application replaces the behaviour with a {@link PlumbMigrationStrategy} bean or the
 * whole set-up with its own {@link Migrator} bean.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Migrator.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "plumb", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(PlumbProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class PlumbAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Migrator plumbMigrator(DataSource dataSource, PlumbProperties properties) {
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        return Migrator.builder(dataSource)
                .migrations(MigrationScanner.scan(properties.getMigrationsPackage(), classLoader))
                .historyTable(properties.getHistoryTable())
                .lockTimeout(properties.getLockTimeout())
                .ddlLockTimeout(properties.getLockTimeoutDdl())
                .lockRetries(properties.getLockRetries())
                .statementTimeout(properties.getStatementTimeout())
                .outOfOrder(properties.isOutOfOrder())
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    public PlumbMigrationInitializer plumbMigrationInitializer(Migrator migrator,
                                                               ObjectProvider<PlumbMigrationStrategy> strategy,
                                                               PlumbProperties properties) {
        return new PlumbMigrationInitializer(migrator, strategy.getIfAvailable(
                () -> new DefaultMigrationStrategy(Optional.ofNullable(properties.getBaselineVersion()))));
    }
}
