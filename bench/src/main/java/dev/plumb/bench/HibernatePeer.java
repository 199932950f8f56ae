package dev.plumb.bench;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExceptionHandler;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.TargetDescriptor;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

/**
 * The peer the benchmark measures Plumb against, run as its own JVM: Hibernate ORM's schema tooling on the same
 * compiled model and database. {@code update} writes SchemaMigrator's update script (what {@code hbm2ddl.auto=update}
 * would run) to stdout, one statement a line, without touching the database; {@code validate} runs
 * SchemaValidator. Both through the schema-management SPI, as {@code hbm2ddl.auto} does ({@code SchemaUpdate} and
 * friends are gone from hibernate-core 7).
 *
 * <p>Arguments: {@code update|validate CLASSES_DIR COUNT JDBC_URL USER} (password from {@code PGPASSWORD}).
 */
public final class HibernatePeer {

    private HibernatePeer() {
    }

    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                HibernatePeer.class.getClassLoader());
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting("hibernate.connection.url", args[3])
                .applySetting("hibernate.connection.username", args[4])
                .applySetting("hibernate.connection.password", System.getenv().getOrDefault("PGPASSWORD", ""))
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (int i = 0; i < count; i++) {
                sources.addAnnotatedClass(Class.forName(SyntheticModel.PACKAGE + "." + SyntheticModel.className(i),
                        false, loader));
            }
            Metadata metadata = sources.buildMetadata();
            Map<String, Object> settings = registry.requireService(ConfigurationService.class).getSettings();
            SchemaManagementTool tool = registry.requireService(SchemaManagementTool.class);
            if (args[0].equals("update")) {
                tool.getSchemaMigrator(settings).doMigration(metadata, new Options(settings),
                        ContributableMatcher.ALL, new StdoutScript());
            } else {
                tool.getSchemaValidator(settings).doValidation(metadata, new Options(settings),
                        ContributableMatcher.ALL);
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** Fails on the first error instead of logging it. */
    private record Options(Map<String, Object> settings) implements ExecutionOptions {
        @Override
        public Map<String, Object> getConfigurationValues() {
            return settings;
        }

        @Override
        public boolean shouldManageNamespaces() {
            return false;
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return e -> {
                throw e;
            };
        }
    }

    /** The update script, printed a statement a line. */
    private record StdoutScript() implements TargetDescriptor, ScriptTargetOutput {
        @Override
        public EnumSet<TargetType> getTargetTypes() {
            return EnumSet.of(TargetType.SCRIPT);
        }

        @Override
        public ScriptTargetOutput getScriptTargetOutput() {
            return this;
        }

        @Override
        public void prepare() {
        }

        @Override
        public void accept(String statement) {
            System.out.println(statement.strip().replace('\n', ' '));
        }

        @Override
        public void release() {
        }
    }
}
