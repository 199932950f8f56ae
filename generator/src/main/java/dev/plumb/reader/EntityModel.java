package dev.plumb.reader;

import dev.plumb.diff.RenameHints;
import dev.plumb.model.Schema;

/**
 * What the entities say: the schema they map to, and the renames they declare with {@code @RenamedFrom}.
 */
public record EntityModel(Schema schema, RenameHints renames) {

    public EntityModel withSchema(Schema newSchema) {
        return new EntityModel(newSchema, renames);
    }
}
