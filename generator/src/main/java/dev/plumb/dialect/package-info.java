/**
 * The dialect strategy: {@link dev.plumb.dialect.SqlDialect} and its parts. One sub-package per database with the
 * same file set, so you always know where PostgreSQL's ALTER COLUMN or H2's type spellings live: what it can do
 * ({@code Features}), which URLs are its own, its embedded default database, its scratch databases
 * ({@link dev.plumb.dialect.ScratchProvisioner}), its reserved words. Shared code the dialects call
 * ({@code dialect.sql}) or extend ({@code dialect.common}) lives in sub-packages of its own. This package names a
 * dialect package only in {@link dev.plumb.dialect.Dialects}, where it chooses one, and no dialect package names
 * another, so there is no package cycle ({@code DialectPackagesTest}); everything else in Plumb asks
 * {@code Dialects}. The parts shared by several dialects live here: {@link dev.plumb.dialect.ColumnType} and
 * {@link dev.plumb.dialect.TypeChangeRules} (type changes judged on parsed types),
 * {@link dev.plumb.dialect.OffendingRowsQueries} (the reviewer's queries); made-up constraint names are
 * {@link dev.plumb.dialect.sql.SuffixConstraintNaming}, shared code in {@code dialect.sql}. {@code config.DatabaseOpening} opens connections the way each database needs when
 * several processes share it.
 */
package dev.plumb.dialect;
