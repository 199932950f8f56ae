/**
 * The dialect strategy: {@link dev.plumb.dialect.SqlDialect} and its parts. One sub-package per database with the
 * same file set, so you always know where PostgreSQL's ALTER COLUMN or H2's type spellings live. {@link
 * dev.plumb.dialect.DatabaseOpening} opens connections the way each database needs when several processes share it.
 */
package dev.plumb.dialect;
