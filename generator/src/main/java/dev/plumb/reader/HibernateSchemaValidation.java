package dev.plumb.reader;

import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.SchemaManagementTool;

import java.sql.Connection;
import java.util.Map;

/**
 * Hibernate's own {@code hbm2ddl.auto=validate} check of a live database against the entities: every table, column
 * and sequence the mapping needs exists with a compatible type. Plumb never needs it to generate; the oracle tests
 * use it to prove that a database built by Plumb's migrations is one Hibernate accepts.
 *
 * <p>Runs through the schema-management SPI on the caller's connection (wrapped in a connection provider that never
 * closes it), so no URL or password passes through Hibernate's settings.
 */
public final class HibernateSchemaValidation {

    /** Throws {@link IllegalStateException} with Hibernate's message when the database does not validate. */
    public void validate(EntitySource source, DatabaseTarget target, Connection connection) {
        Map<String, Object> extra = Map.of(JdbcSettings.CONNECTION_PROVIDER, new BorrowedConnection(connection));
        MetadataBoot.withMetadata(source, target, extra, (metadata, registry) -> {
            try {
                run(metadata, registry);
                return null;
            } catch (HibernateException e) {
                throw new IllegalStateException("Hibernate's schema validation fails: " + e.getMessage(), e);
            }
        });
    }

    private static void run(Metadata metadata, StandardServiceRegistry registry) {
        Map<String, Object> settings = registry.requireService(ConfigurationService.class).getSettings();
        registry.requireService(SchemaManagementTool.class)
                .getSchemaValidator(settings)
                .doValidation(metadata, new FailFastOptions(settings, false), ContributableMatcher.ALL);
    }


    /** Hands Hibernate the caller's connection and leaves closing it to the caller. */
    private record BorrowedConnection(Connection connection) implements ConnectionProvider {
        @Override
        public Connection getConnection() {
            return connection;
        }

        @Override
        public void closeConnection(Connection ignored) {
        }

        @Override
        public boolean supportsAggressiveRelease() {
            return false;
        }

        @Override
        public boolean isUnwrappableAs(Class<?> type) {
            return false;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException("not unwrappable");
        }
    }
}
