package dev.plumb.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of the history table. Most rows are migrations that were applied completely; a non-transactional
 * migration's row exists from its first statement on and counts the statements done, so a crash half-way leaves a
 * visible {@link HistoryState#PARTIAL} row rather than nothing.
 *
 * @param statementsDone how many up statements ran (only meaningful while not {@code APPLIED})
 * @param failure        the first line of the error that stopped a {@code FAILED} migration
 */
record AppliedMigration(String version, String description, String checksum, Instant appliedAt, String appliedBy,
                        Duration executionTime, HistoryState state, int statementsDone, Optional<String> failure) {

    static AppliedMigration completed(String version, String description, String checksum, Instant appliedAt,
                                      String appliedBy, Duration executionTime) {
        return new AppliedMigration(version, description, checksum, appliedAt, appliedBy, executionTime,
                HistoryState.APPLIED, 0, Optional.empty());
    }
}
