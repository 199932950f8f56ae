package dev.plumb.config;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The Hibernate settings a Spring Boot application's Hibernate runs with, so that Plumb reads its entities with the
 * names the application expects. Without them a {@code Set}-valued {@code @ManyToMany} of {@code Product.categories}
 * gets JPA's join table {@code product_category}, while the application, started with {@code ddl-auto=validate},
 * wants Spring Boot's {@code product_categories}.
 *
 * <p>The entities belong to a Spring Boot application when their classpath holds Spring Boot's
 * {@code SpringImplicitNamingStrategy} (Boot 4: {@value #BOOT_4_IMPLICIT}, in {@code spring-boot-hibernate};
 * Boot 3: {@value #BOOT_3_IMPLICIT}, in {@code spring-boot}): the class Spring Boot configures Hibernate with. Then,
 * as Spring Boot's {@code HibernateProperties} does:
 * <ol>
 *     <li>{@code spring.jpa.properties.*} from {@code application.properties} / {@code application.yml} (the
 *     {@code hibernate.*} and {@code jakarta.persistence.*} ones; {@code .properties} beats {@code .yml});</li>
 *     <li>{@code spring.jpa.hibernate.naming.physical-strategy} and {@code implicit-strategy}, when set, on top;</li>
 *     <li>otherwise, unless {@code spring.jpa.properties} named one, Spring Boot's defaults:
 *     {@value #SNAKE_CASE} (what Boot 3's {@code CamelCaseToUnderscoresNamingStrategy} is in Hibernate 7) and
 *     {@code SpringImplicitNamingStrategy}.</li>
 * </ol>
 * Profile files ({@code application-dev.properties}) and settings from the environment are not read.
 * {@code plumb.properties} still wins over all of these ({@link ConfigResolver}).
 */
public final class SpringBootSettings {

    static final String BOOT_4_IMPLICIT = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";
    static final String BOOT_3_IMPLICIT = "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";
    static final String SNAKE_CASE = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";

    private static final String PHYSICAL = "hibernate.physical_naming_strategy";
    private static final String IMPLICIT = "hibernate.implicit_naming_strategy";
    private static final String JPA_PROPERTIES = "spring.jpa.properties.";

    private SpringBootSettings() {
    }

    /** The settings for entities on {@code classpath}; empty when they are not a Spring Boot application's. */
    public static Map<String, String> of(List<Path> classpath) {
        ClasspathResources resources = new ClasspathResources(classpath);
        Optional<String> implicitDefault = resources.firstClass(List.of(BOOT_4_IMPLICIT, BOOT_3_IMPLICIT));
        if (implicitDefault.isEmpty()) {
            return Map.of();
        }
        Map<String, String> application = new LinkedHashMap<>();
        resources.text("application.yaml").map(MinimalYaml::flatten).ifPresent(application::putAll);
        resources.text("application.yml").map(MinimalYaml::flatten).ifPresent(application::putAll);
        resources.text("application.properties").map(SpringBootSettings::properties).ifPresent(application::putAll);
        return settings(application, implicitDefault.get());
    }

    /** Spring Boot's {@code HibernateProperties} on the application's flattened settings. */
    static Map<String, String> settings(Map<String, String> application, String implicitDefault) {
        Map<String, String> settings = new LinkedHashMap<>();
        application.forEach((key, value) -> {
            if (key.startsWith(JPA_PROPERTIES)) {
                String setting = key.substring(JPA_PROPERTIES.length());
                if (setting.startsWith("hibernate.") || setting.startsWith("jakarta.persistence.")) {
                    settings.put(setting, value);
                }
            }
        });
        naming(application, "physicalstrategy").ifPresent(value -> settings.put(PHYSICAL, value));
        naming(application, "implicitstrategy").ifPresent(value -> settings.put(IMPLICIT, value));
        settings.putIfAbsent(PHYSICAL, SNAKE_CASE);
        settings.putIfAbsent(IMPLICIT, implicitDefault);
        return settings;
    }

    /**
     * {@code spring.jpa.hibernate.naming.<name>} in any of Spring's relaxed spellings ({@code physical-strategy},
     * {@code physicalStrategy}, {@code physical_strategy}).
     */
    private static Optional<String> naming(Map<String, String> application, String name) {
        return application.entrySet().stream()
                .filter(entry -> relaxed(entry.getKey()).equals("spring.jpa.hibernate.naming." + name))
                .map(Map.Entry::getValue).filter(value -> !value.isBlank()).reduce((first, last) -> last);
    }

    private static String relaxed(String key) {
        return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> properties(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("cannot read application.properties: " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key).trim()));
        return values;
    }
}
