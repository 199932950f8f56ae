package dev.plumb.dialect.mariadb;

import dev.plumb.dialect.sql.SuffixConstraintNaming;

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
}
