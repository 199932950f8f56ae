/**
 * The dialect strategy: {@link dev.plumb.dialect.SqlDialect} and its parts. One sub-package per database with the
 * same file set, so you always know where PostgreSQL's ALTER COLUMN or H2's type spellings live: what it can do
 * ({@code Features}), which URLs are its own, its embedded default database, its scratch databases
 * ({@link dev.plumb.dialect.ScratchProvisioner}). {@link dev.plumb.dialect.Dialects} is the only class outside the
 * sub-packages that names them; everything else in Plumb asks it. {@link dev.plumb.dialect.DatabaseOpening} opens
 * connections the way each database needs when several processes share it.
 */
package dev.plumb.dialect;
