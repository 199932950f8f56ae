/**
 * The dialect strategy: {@link dev.plumb.dialect.SqlDialect} and its parts. One sub-package per database with the
 * same file set, so you always know where PostgreSQL's ALTER COLUMN or H2's type spellings live. The parts shared by
 * several dialects live here: {@link dev.plumb.dialect.ColumnType} and {@link dev.plumb.dialect.TypeChangeRules}
 * (type changes judged on parsed types), {@link dev.plumb.dialect.SuffixConstraintNaming} (made-up constraint names),
 * {@link dev.plumb.dialect.OffendingRowsQueries} (the reviewer's queries). {@link
 * dev.plumb.dialect.DatabaseOpening} opens connections the way each database needs when several processes share it.
 */
package dev.plumb.dialect;
