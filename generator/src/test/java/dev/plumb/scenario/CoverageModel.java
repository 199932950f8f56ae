package dev.plumb.scenario;

import dev.plumb.generate.MigrationGenerator;
import dev.plumb.reader.DatabaseTarget;
import dev.plumb.reader.EntitySource;
import dev.plumb.reader.HibernateSchemaExport;
import dev.plumb.testsupport.TestDatabase;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The mapping-coverage model ({@code dev.plumb.oracle.coverage}) as the oracle suite reads it: an entity package with
 * the Hibernate settings it is read with. The camel-case group is read once per naming strategy.
 */
public enum CoverageModel {

    /**
     * Not on MariaDB: Hibernate's own MariaDB DDL writes the column {@code longText} bare, a word MariaDB reserves,
     * so the oracle cannot build this model there (Plumb quotes it).
     */
    DEFAULT_NAMING("dev.plumb.oracle.coverage.model", Map.of(), TestDatabase.Kind.POSTGRESQL, TestDatabase.Kind.H2),
    CAMEL_CASE_TO_UNDERSCORES("dev.plumb.oracle.coverage.camel", Map.of("hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")),
    SNAKE_CASE("dev.plumb.oracle.coverage.camel", Map.of("hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl")),
    /** Spring Boot's naming (its physical strategy and a copy of its implicit join-table rule), Bean Validation. */
    PET_CLINIC("dev.plumb.oracle.petclinic", Map.of(
            "hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
            "hibernate.implicit_naming_strategy",
            "dev.plumb.oracle.petclinic.SpringStyleImplicitNamingStrategy")),
    AUDIT("dev.plumb.oracle.audit", Map.of("hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")),
    /** Expression and partial indexes: PostgreSQL only (H2 refuses them, see the scenario suite). */
    PG_INDEXES("dev.plumb.oracle.pgindexes", Map.of(), TestDatabase.Kind.POSTGRESQL);

    private final String entityPackage;
    private final Map<String, String> settings;
    private final List<TestDatabase.Kind> kinds;

    CoverageModel(String entityPackage, Map<String, String> settings, TestDatabase.Kind... kinds) {
        this.entityPackage = entityPackage;
        this.settings = settings;
        this.kinds = kinds.length == 0 ? List.of(TestDatabase.Kind.values()) : List.of(kinds);
    }

    /** The databases this model is read for. */
    public List<TestDatabase.Kind> kinds() {
        return kinds;
    }

    public String entityPackage() {
        return entityPackage;
    }

    public Map<String, String> settings() {
        return settings;
    }

    public EntitySource source() {
        return new EntitySource(List.of(classpath()), List.of(entityPackage), settings);
    }

    /** Hibernate's own create statements for this model on the test database (schemas included). */
    public List<String> hibernateDdl(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return new HibernateSchemaExport().createStatements(source(), target(connection));
        }
    }

    /** What the reader is told about the database: product, version and how it folds names. */
    public static DatabaseTarget target(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        return new DatabaseTarget(meta.getDatabaseProductName(), meta.getDatabaseMajorVersion(),
                meta.getDatabaseMinorVersion(), MigrationGenerator.dialectOf(connection).identifierCase());
    }

    /** The test-classes directory the coverage entities were compiled into. */
    public static Path classpath() {
        try {
            return Path.of(CoverageModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
