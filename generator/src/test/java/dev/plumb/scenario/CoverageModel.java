package dev.plumb.scenario;

import dev.plumb.reader.EntitySource;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The mapping-coverage model ({@code dev.plumb.oracle.coverage}) as the oracle suite reads it: an entity package with
 * the Hibernate settings it is read with. The camel-case group is read once per naming strategy.
 */
enum CoverageModel {

    DEFAULT_NAMING("dev.plumb.oracle.coverage.model", Map.of()),
    CAMEL_CASE_TO_UNDERSCORES("dev.plumb.oracle.coverage.camel", Map.of("hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")),
    SNAKE_CASE("dev.plumb.oracle.coverage.camel", Map.of("hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl"));

    private final String entityPackage;
    private final Map<String, String> settings;

    CoverageModel(String entityPackage, Map<String, String> settings) {
        this.entityPackage = entityPackage;
        this.settings = settings;
    }

    String entityPackage() {
        return entityPackage;
    }

    Map<String, String> settings() {
        return settings;
    }

    EntitySource source() {
        return new EntitySource(List.of(classpath()), List.of(entityPackage), settings);
    }

    /** The test-classes directory the coverage entities were compiled into. */
    static Path classpath() {
        try {
            return Path.of(CoverageModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
