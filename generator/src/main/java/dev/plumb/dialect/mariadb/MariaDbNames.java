package dev.plumb.dialect.mariadb;

import dev.plumb.dialect.NameCollisionException;
import dev.plumb.model.Identifier;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;

import java.util.stream.Stream;

/**
 * The names MariaDB accepts. A table, column, index, constraint, sequence or database name longer than 64 characters
 * is refused by the server ({@code Identifier name '...' is too long}, error 1059, see
 * <a href="https://mariadb.com/kb/en/identifier-names/#maximum-length">maximum length</a>), where PostgreSQL cuts it
 * to 63 bytes and Plumb compares the cut name. A catalog never holds such a name, so one found while normalizing
 * comes from the entities: refused before anything is generated (exit 2, one line naming it), not written into a
 * migration that fails at {@code migrate}.
 */
final class MariaDbNames {

    private MariaDbNames() {
    }

    /** Throws {@link NameCollisionException} for the first name longer than MariaDB accepts. */
    static void check(Schema schema) {
        schema.namespaces().forEach(ns -> check("database", ns.value(), ns));
        schema.sequences().forEach(s -> check("sequence", s.name().toString(), s.name().name()));
        for (Table table : schema.tables()) {
            String owner = table.name().toString();
            check("table", owner, table.name().name());
            table.columns().forEach(c -> check("column", owner + "." + c.name().value(), c.name()));
            Stream.of(table.primaryKey().flatMap(pk -> pk.name()).stream(),
                    table.uniqueConstraints().stream().flatMap(u -> u.name().stream()),
                    table.foreignKeys().stream().flatMap(f -> f.name().stream()),
                    table.checks().stream().flatMap(c -> c.name().stream()))
                    .flatMap(names -> names)
                    .forEach(name -> check("constraint", name.value() + " on " + owner, name));
            table.indexes().forEach(i -> check("index", i.name().value() + " on " + owner, i.name()));
        }
    }

    private static void check(String kind, String what, Identifier name) {
        int length = name.value().codePointCount(0, name.value().length());
        if (length > MariaDbFeatures.MAX_CHARACTERS) {
            throw new NameCollisionException(kind + " " + what + " has a name of " + length + " characters; MariaDB "
                    + "accepts at most " + MariaDbFeatures.MAX_CHARACTERS + ": give it a shorter name");
        }
    }
}
