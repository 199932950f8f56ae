/**
 * The runtime benchmark: Plumb against Flyway on the same PostgreSQL server in the same run; {@code generate}:
 * Plumb's generate and check against Hibernate's schema tooling, timed, and their catalog queries counted by a
 * proxying JDBC driver ({@link dev.plumb.bench.CountingDriver}) in separate runs. Not part of the default build
 * (profile {@code bench}); {@code bench/run} builds and runs it.
 */
package dev.plumb.bench;
