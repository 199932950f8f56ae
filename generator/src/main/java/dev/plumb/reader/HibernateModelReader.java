package dev.plumb.reader;

import dev.plumb.model.Identifier;
import dev.plumb.model.Schema;
import org.hibernate.cfg.MappingSettings;

import java.util.Optional;

/**
 * Reads the desired schema from JPA entities by booting Hibernate's metadata offline (see {@link MetadataBoot}) and
 * converting it at once into Plumb's own records. This package is the only one that imports {@code org.hibernate}.
 *
 * <p>The result is what Hibernate's own DDL for the target would create (the oracle tests check this against
 * {@link HibernateSchemaExport}), with names as the database stores them and types as Hibernate spells them.
 */
public final class HibernateModelReader {

    /** The raw (not yet normalized) schema Hibernate would create for the target database. */
    public Schema read(EntitySource source, DatabaseTarget target) {
        return readModel(source, target).schema();
    }

    /** The raw schema, and the renames the entities declare ({@code @RenamedFrom}), from one metadata boot. */
    public EntityModel readModel(EntitySource source, DatabaseTarget target) {
        return MetadataBoot.withMetadata(source, target, (metadata, registry) -> {
            Optional<Identifier> defaultSchema = defaultSchema(source, target);
            DialectLimits.check(metadata, target, defaultSchema.isPresent());
            NameFolder names = new NameFolder(target.identifierCase(), defaultSchema);
            return new EntityModel(new SchemaConverter(metadata, names).convert(),
                    new RenameDeclarations(names).read(metadata));
        });
    }

    private static Optional<Identifier> defaultSchema(EntitySource source, DatabaseTarget target) {
        String schema = source.hibernateSettings().get(MappingSettings.DEFAULT_SCHEMA);
        if (schema == null || schema.isBlank()) {
            return Optional.empty();
        }
        org.hibernate.boot.model.naming.Identifier name =
                org.hibernate.boot.model.naming.Identifier.toIdentifier(schema.trim());
        return Optional.of(target.identifierCase().fold(name.getText(), name.isQuoted()));
    }
}
