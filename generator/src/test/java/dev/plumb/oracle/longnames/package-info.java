/**
 * Two tables whose names are equal in their first 63 bytes: PostgreSQL would store them as one, so Plumb refuses the
 * mapping at {@code generate} (exit 2, naming both); H2, which keeps long names whole, takes it.
 */
package dev.plumb.oracle.longnames;
