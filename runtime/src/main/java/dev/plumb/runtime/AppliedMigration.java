package dev.plumb.runtime;

import java.time.Duration;
import java.time.Instant;

/** One row of the history table: a migration that has been applied to the database. */
record AppliedMigration(String version, String description, String checksum, Instant appliedAt, String appliedBy,
                        Duration executionTime) {
}
