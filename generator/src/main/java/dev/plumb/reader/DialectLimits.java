package dev.plumb.reader;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import dev.plumb.model.DialectFeatures;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;

/**
 * Mappings Hibernate accepts but the target database cannot express, found before anything is generated so that
 * Plumb says so in one line instead of writing a migration that fails half-way (see {@link MappingException}).
 *
 * <p>What the database can do comes from its {@link DialectFeatures}: indexes with expression keys or a where
 * condition, and a foreign key from a table in another schema ({@code @Table(schema = "sales")}) to a table in the
 * default schema, which Hibernate writes unqualified and some databases then look for in the referencing table's
 * schema.
 */
final class DialectLimits {

    private DialectLimits() {
    }

    static void check(Metadata metadata, DatabaseTarget target, boolean defaultSchemaSet) {
        checkIndexes(metadata, target.features());
        if (target.features().foreignKeysIntoDefaultSchema() || defaultSchemaSet) {
            return;
        }
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                if (table.getSchema() != null) {
                    table.getForeignKeyCollection().forEach(fk -> checkReference(metadata, table, fk, target));
                }
            }
        }
    }

    /** Expression keys and partial indexes, on a database that lacks them. */
    private static void checkIndexes(Metadata metadata, DialectFeatures features) {
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                for (Index index : table.getIndexes().values()) {
                    boolean expression = index.getSelectables().stream().anyMatch(Selectable::isFormula);
                    boolean partial = index.getOptions() != null && !index.getOptions().isBlank();
                    if (expression && !features.expressionIndexes() || partial && !features.partialIndexes()) {
                        throw new MappingException(owner(metadata, table) + ": index " + index.getName() + " "
                                + (expression ? "has an expression key" : "has a where condition")
                                + ", which this database cannot express; declare it on the databases that can"
                                + " (a hand-written migration, plumb new) or use plain columns");
                    }
                }
            }
        }
    }

    private static void checkReference(Metadata metadata, Table table, ForeignKey fk, DatabaseTarget target) {
        Table referenced = fk.getReferencedTable();
        if (referenced != null && referenced.getSchema() == null) {
            throw new MappingException(owner(metadata, table) + ": the foreign key " + columns(fk) + " to "
                    + referenced.getName() + " cannot be expressed on " + target.productName() + ", which looks for "
                    + referenced.getName()
                    + " in schema " + table.getSchema() + "; give " + referenced.getName()
                    + " an explicit @Table(schema = ...) or set hibernate.default_schema");
        }
    }

    private static String owner(Metadata metadata, Table table) {
        String tableName = table.getSchema() == null ? table.getName() : table.getSchema() + "." + table.getName();
        return metadata.getEntityBindings().stream()
                .filter(entity -> entity.getTable() == table)
                .map(PersistentClass::getEntityName)
                .map(name -> "entity " + name.substring(name.lastIndexOf('.') + 1) + " (table " + tableName + ")")
                .findFirst()
                .orElse("table " + tableName);
    }

    private static String columns(ForeignKey fk) {
        return fk.getColumns().stream().map(org.hibernate.mapping.Column::getName)
                .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }
}
