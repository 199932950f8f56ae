/**
 * Throw-away databases for the CI gate: {@code check}, {@code verify} and {@code generate --from-migrations} apply
 * migrations to a database nobody cares about, inspect it, and drop it. H2 in memory; PostgreSQL as a fresh database
 * on a server the user names, or on an embedded PostgreSQL started on demand (no server, no Docker needed).
 */
package dev.plumb.scratch;
