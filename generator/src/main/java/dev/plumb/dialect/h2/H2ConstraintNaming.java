package dev.plumb.dialect.h2;

import dev.plumb.dialect.sql.SuffixConstraintNaming;

/**
 * Names for the constraints Plumb adds to an existing H2 table. H2 names a constraint it names itself
 * {@code CONSTRAINT_} plus a number, which says nothing and differs between databases; Plumb gives PostgreSQL's form
 * instead ({@code ORDERS_PKEY}, {@code ORDERS_STATUS_CHECK}, in the upper case H2 stores unquoted names in), so a
 * migration names the same constraints on both databases, within the same 63 bytes: H2 would take 256
 * (<a href="https://h2database.com/html/advanced.html#limits_limitations">limits</a>), but every H2 database Plumb
 * altered so far holds names cut at 63, and a longer limit would rename what the next diff compares.
 */
final class H2ConstraintNaming extends SuffixConstraintNaming {

    /** The limit the names have always been cut to; see the class comment. */
    static final int MAX_BYTES = 63;

    H2ConstraintNaming() {
        super(MAX_BYTES);
    }
}
