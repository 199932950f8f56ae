package dev.plumb.dialect;

import dev.plumb.model.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads the current schema from a live database's catalog. Implementations issue a fixed number of set-based
 * queries whatever the number of tables (never one query per table) and keep their SQL in {@code .sql} resources.
 *
 * <p>The result is raw: spellings as the catalog reports them. {@link SchemaNormalizer} makes it comparable.
 */
public interface SchemaInspector {

    Schema inspect(Connection connection, InspectionScope scope) throws SQLException;

    /**
     * The objects of the default schema this inspector does not read into the {@link Schema} but can re-create from
     * their catalog definitions, in an order they can be created in; none unless the dialect says otherwise (H2
     * triggers are Java classes; its views are not read yet).
     */
    default List<DefinedObject> definedObjects(Connection connection, InspectionScope scope) throws SQLException {
        return List.of();
    }
}
