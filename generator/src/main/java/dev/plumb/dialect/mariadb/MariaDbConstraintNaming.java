package dev.plumb.dialect.mariadb;

import dev.plumb.dialect.sql.SuffixConstraintNaming;
import dev.plumb.diff.RenameConstraint;

/**
 * Names for the constraints Plumb adds to an existing MariaDB table when the entity names none. MariaDB's own names
 * ({@code CONSTRAINT_1}, {@code t_ibfk_1}) are numbered per table and say nothing; Plumb gives PostgreSQL's form
 * ({@code orders_status_check}, {@code orders_customer_id_fkey}), so a migration names the same constraints on every
 * database, cut to MariaDB's 64 characters (counted here as bytes of UTF-8, which is never longer).
 */
final class MariaDbConstraintNaming extends SuffixConstraintNaming {

    MariaDbConstraintNaming() {
        super(MariaDbFeatures.MAX_CHARACTERS);
    }

    /**
     * Only a unique constraint, which is an index ({@code rename index}); MariaDB's ALTER TABLE has no rename for a
     * foreign key or a check (<a href="https://mariadb.com/kb/en/alter-table/">ALTER TABLE</a>), so those are
     * dropped and added under the new name.
     */
    @Override
    public boolean renames(RenameConstraint.Kind kind) {
        return kind == RenameConstraint.Kind.UNIQUE;
    }
}
