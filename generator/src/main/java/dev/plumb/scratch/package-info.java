/**
 * Throw-away databases for the CI gate: {@code check}, {@code verify} and {@code generate --from-migrations} apply
 * migrations to a database nobody cares about, inspect it, and drop it. Each dialect states how its scratch
 * databases are made ({@code dialect.ScratchProvisioner}: in memory, or a fresh database on a server the user names
 * or one the dialect starts itself); this package runs that and hands out the connection.
 */
package dev.plumb.scratch;
