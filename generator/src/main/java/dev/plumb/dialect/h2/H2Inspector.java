package dev.plumb.dialect.h2;

import dev.plumb.dialect.InspectionScope;
import dev.plumb.dialect.SchemaInspector;
import dev.plumb.model.Schema;

import java.sql.Connection;

/** STUB: the inspector helper implements it. */
public final class H2Inspector implements SchemaInspector {

    @Override
    public Schema inspect(Connection connection, InspectionScope scope) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
