/**
 * The runtime benchmark: Plumb against Flyway on the same PostgreSQL server in the same run. Not part of the
 * default build (profile {@code bench}); {@code bench/run} builds and runs it.
 */
package dev.plumb.bench;
