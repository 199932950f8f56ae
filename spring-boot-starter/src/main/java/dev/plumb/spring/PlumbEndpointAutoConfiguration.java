package dev.plumb.spring;

import dev.plumb.runtime.Migrator;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link PlumbEndpoint} when actuator is on the classpath and the endpoint is exposed
 * ({@code management.endpoints.web.exposure.include=plumb}); kept apart from {@link PlumbAutoConfiguration} so an
 * application without actuator never loads actuator classes.
 */
@AutoConfiguration(after = PlumbAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnBean(Migrator.class)
@ConditionalOnAvailableEndpoint(PlumbEndpoint.class)
public class PlumbEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public PlumbEndpoint plumbEndpoint(Migrator migrator) {
        return new PlumbEndpoint(migrator);
    }
}
