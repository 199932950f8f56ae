package dev.plumb.dialect;

import dev.plumb.model.PrimaryKey;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;

import java.util.Optional;

/**
 * Test helper: drops the names the database made up for primary keys, unique and check constraints (Hibernate leaves
 * those unnamed), so an inspected schema can be compared with the entity-side model. Tests assert the real names
 * separately.
 */
public final class InspectedNames {

    private InspectedNames() {
    }

    public static Schema withoutGeneratedNames(Schema schema) {
        return new Schema(schema.tables().stream().map(InspectedNames::table).toList(), schema.sequences());
    }

    private static Table table(Table t) {
        return t.withPrimaryKey(t.primaryKey().map(pk -> new PrimaryKey(Optional.empty(), pk.columns())))
                .withConstraints(
                        t.uniqueConstraints().stream().map(u -> u.withName(Optional.empty())).toList(),
                        t.foreignKeys(),
                        t.checks().stream().map(c -> c.withName(Optional.empty())).toList(),
                        t.indexes());
    }

}
