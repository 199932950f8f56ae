package dev.plumb.dialect.postgres;

import dev.plumb.dialect.sql.SuffixConstraintNaming;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;

/**
 * The names PostgreSQL gives the constraints and sequences it names itself, cut to its 63 bytes
 * ({@link PostgresNames#MAX_BYTES}): a constraint Plumb adds to an existing table gets the name a {@code create table}
 * would have given it, so a table created by Plumb and one altered by Plumb end up alike.
 */
final class PostgresConstraintNaming extends SuffixConstraintNaming {

    PostgresConstraintNaming() {
        super(PostgresNames.MAX_BYTES);
    }

    /** The sequence PostgreSQL creates for an identity or serial column: {@code <table>_<column>_seq}. */
    Identifier identitySequence(QualifiedName table, Identifier column) {
        return objectName(table.name(), column.value(), "seq");
    }

    /**
     * The check that proves a column not null before {@code set not null} on a table with rows:
     * {@code <table>_<column>_not_null}, the name PostgreSQL 18 gives a NOT NULL constraint itself.
     */
    Identifier notNullCheck(QualifiedName table, Identifier column) {
        return objectName(table.name(), column.value(), "not_null");
    }
}
