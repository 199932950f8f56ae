package dev.plumb.dialect.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * Runs an inspector's catalog queries, kept as {@code .sql} resources next to the inspector class so they can be
 * pasted into {@code psql} or the H2 console. Every query but {@code current-schema.sql} takes exactly one parameter:
 * the array of schema names to read (or their comma-separated list, see {@link #withListParameter}).
 */
public final class CatalogQueries {

    /** Receives the rows of a query, one call per row. */
    @FunctionalInterface
    public interface RowHandler {
        void row(ResultSet row) throws SQLException;
    }

    private final Class<?> anchor;
    private final Connection connection;
    private final boolean arrays;

    /** @param anchor the class whose package holds the {@code .sql} resources */
    public CatalogQueries(Class<?> anchor, Connection connection) {
        this(anchor, connection, true);
    }

    private CatalogQueries(Class<?> anchor, Connection connection, boolean arrays) {
        this.anchor = anchor;
        this.connection = connection;
        this.arrays = arrays;
    }

    /**
     * Queries for a database without array parameters (MariaDB's driver has no {@code createArrayOf}): the schema
     * names are bound as one comma-separated string, for {@code find_in_set(schema, ?)}.
     */
    public static CatalogQueries withListParameter(Class<?> anchor, Connection connection) {
        return new CatalogQueries(anchor, connection, false);
    }

    /** The connection's current schema, from {@code current-schema.sql} (a query without parameters). */
    public String currentSchema() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql("current-schema.sql"))) {
            if (!rows.next()) {
                throw new SQLException("the database reports no current schema");
            }
            return rows.getString(1);
        }
    }

    /** Runs the named query with the schema names bound to its one parameter, handing each row over. */
    public void forEachRow(String resource, Collection<String> schemas, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql(resource))) {
            if (arrays) {
                Array array = connection.createArrayOf("varchar", schemas.toArray(new String[0]));
                statement.setArray(1, array);
            } else {
                statement.setString(1, String.join(",", schemas));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.row(rows);
                }
            }
        }
    }

    private String sql(String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath next to " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
