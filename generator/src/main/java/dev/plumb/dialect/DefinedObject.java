package dev.plumb.dialect;

import java.util.Objects;
import java.util.Optional;

/**
 * An object Plumb does not diff but can re-create from its catalog definition, such as a PostgreSQL view, trigger or
 * trigger function: what {@code plumb baseline} adds after the tables, so that a replay of the baseline has them too.
 *
 * @param create the statement that creates it, as the database prints its definition
 * @param drop   the statement that drops it
 * @param table  the table it belongs to (a trigger's), for leaving out those of ignored tables
 */
public record DefinedObject(String create, String drop, Optional<String> table) {

    public DefinedObject {
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(drop, "drop");
        Objects.requireNonNull(table, "table");
    }
}
