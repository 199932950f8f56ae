/**
 * The runtime benchmark: Plumb against Flyway on the same PostgreSQL server in the same run; {@code generate}:
 * Plumb's generate and check against Hibernate's schema tooling, timed, and their catalog queries counted by a
 * proxying JDBC driver ({@link dev.plumb.bench.CountingDriver}) in separate runs; {@code online}: a writer's latency
 * while {@code plumb migrate} changes a big table, with Plumb's online forms and with the plain ones
 * ({@link dev.plumb.bench.OnlineBench}). Not part of the default build (profile {@code bench}); {@code bench/run}
 * builds and runs it.
 */
package dev.plumb.bench;
