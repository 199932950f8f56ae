package dev.plumb.reader;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.tool.schema.SourceType;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.ScriptSourceInput;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.SourceDescriptor;
import org.hibernate.tool.schema.spi.TargetDescriptor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Hibernate's own {@code create} DDL for the entities, as Hibernate's schema export would run it. Plumb never applies
 * it; the oracle tests do, to check that a database built by Plumb's migrations equals the one Hibernate would build.
 *
 * <p>Goes through the schema-management SPI ({@code SchemaExport} is gone from hibernate-core 7) with a script target
 * that collects the statements instead of writing a file.
 */
public final class HibernateSchemaExport {

    /** The create statements for the target, in Hibernate's order, without a trailing {@code ;}. */
    public List<String> createStatements(EntitySource source, DatabaseTarget target) {
        return MetadataBoot.withMetadata(source, target, HibernateSchemaExport::create);
    }

    private static List<String> create(Metadata metadata, StandardServiceRegistry registry) {
        Map<String, Object> settings = registry.requireService(
                org.hibernate.engine.config.spi.ConfigurationService.class).getSettings();
        CollectingOutput output = new CollectingOutput();
        registry.requireService(SchemaManagementTool.class)
                .getSchemaCreator(settings)
                .doCreation(metadata, new FailFastOptions(settings, true), ContributableMatcher.ALL,
                        new MetadataSource(), new ScriptTarget(output));
        return output.statements();
    }

    /** Runs the creation against the mapping, not against a script. */
    private record MetadataSource() implements SourceDescriptor {
        @Override
        public SourceType getSourceType() {
            return SourceType.METADATA;
        }

        @Override
        public ScriptSourceInput getScriptSourceInput() {
            return null;
        }
    }

    private record ScriptTarget(ScriptTargetOutput output) implements TargetDescriptor {
        @Override
        public EnumSet<TargetType> getTargetTypes() {
            return EnumSet.of(TargetType.SCRIPT);
        }

        @Override
        public ScriptTargetOutput getScriptTargetOutput() {
            return output;
        }
    }


    /** Collects statements; Hibernate appends no delimiter unless {@code hibernate.hbm2ddl.delimiter} is set. */
    private static final class CollectingOutput implements ScriptTargetOutput {
        private final List<String> statements = new ArrayList<>();

        @Override
        public void prepare() {
        }

        @Override
        public void accept(String statement) {
            String trimmed = statement.strip();
            while (trimmed.endsWith(";")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
            }
            if (!trimmed.isEmpty()) {
                statements.add(trimmed);
            }
        }

        @Override
        public void release() {
        }

        List<String> statements() {
            return List.copyOf(statements);
        }
    }
}
