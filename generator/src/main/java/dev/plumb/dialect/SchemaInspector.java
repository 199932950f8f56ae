package dev.plumb.dialect;

import dev.plumb.model.Schema;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads the current schema from a live database's catalog. Implementations issue a fixed number of set-based
 * queries whatever the number of tables (never one query per table) and keep their SQL in {@code .sql} resources.
 *
 * <p>The result is raw: spellings as the catalog reports them. {@link SchemaNormalizer} makes it comparable.
 */
public interface SchemaInspector {

    Schema inspect(Connection connection, InspectionScope scope) throws SQLException;
}
