package dev.plumb.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How Spring Boot's {@code HibernateProperties} turns {@code application.*} into Hibernate settings, and the YAML
 * subset Plumb reads. The end-to-end test with entities and a {@code SpringImplicitNamingStrategy} on the classpath
 * is {@code dev.plumb.cli.SpringBootNamingCliTest}.
 */
class SpringBootSettingsTest {

    @Test
    void withoutSettingsSpringBootsDefaultStrategies() {
        assertThat(SpringBootSettings.settings(Map.of(), SpringBootSettings.BOOT_3_IMPLICIT)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "hibernate.physical_naming_strategy", SpringBootSettings.SNAKE_CASE,
                "hibernate.implicit_naming_strategy", SpringBootSettings.BOOT_3_IMPLICIT));
    }

    @Test
    void namingSettingsBeatJpaPropertiesWhichBeatTheDefaults() {
        Map<String, String> settings = SpringBootSettings.settings(Map.of(
                "spring.jpa.hibernate.naming.physicalStrategy", "com.example.Physical",
                "spring.jpa.properties.hibernate.physical_naming_strategy", "com.example.Ignored",
                "spring.jpa.properties.hibernate.implicit_naming_strategy", "com.example.Implicit",
                "spring.jpa.properties.hibernate.default_schema", "shop",
                "spring.jpa.properties.jakarta.persistence.validation.mode", "none",
                "spring.jpa.properties.org.example.other", "x",
                "spring.jpa.hibernate.ddl-auto", "validate"), SpringBootSettings.BOOT_4_IMPLICIT);

        assertThat(settings).containsExactlyInAnyOrderEntriesOf(Map.of(
                "hibernate.physical_naming_strategy", "com.example.Physical",
                "hibernate.implicit_naming_strategy", "com.example.Implicit",
                "hibernate.default_schema", "shop",
                "jakarta.persistence.validation.mode", "none"));
    }

    @Test
    void yamlNestedDottedQuotedAndCommentedKeys() {
        String yaml = """
                # application.yml
                spring:
                  datasource:
                    url: jdbc:postgresql://localhost/shop   # a comment
                  jpa:
                    hibernate:
                      naming.physical-strategy: "com.example.Physical"
                    properties:
                      hibernate:
                        default_schema: 'shop'
                        format_sql: true
                  profiles:
                    include:
                      - dev
                server.port: 8081
                ---
                spring:
                  jpa.properties.hibernate.default_schema: other
                """;

        assertThat(MinimalYaml.flatten(yaml)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "spring.datasource.url", "jdbc:postgresql://localhost/shop",
                "spring.jpa.hibernate.naming.physical-strategy", "com.example.Physical",
                "spring.jpa.properties.hibernate.default_schema", "shop",
                "spring.jpa.properties.hibernate.format_sql", "true",
                "server.port", "8081"));
    }
}
