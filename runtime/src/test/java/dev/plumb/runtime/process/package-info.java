/**
 * Acceptance tests that run the runtime in separate OS processes ({@link dev.plumb.runtime.process.MigrateProcess})
 * against one PostgreSQL database: concurrent starts, {@code kill -9} mid-migration, concurrent index builds.
 */
package dev.plumb.runtime.process;
