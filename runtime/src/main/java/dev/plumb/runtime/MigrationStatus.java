package dev.plumb.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of {@code status}: a migration known to the code, the history, or both.
 *
 * @param detail progress of a partial, failed or repaired migration ("2 statements done; statement 3 ...: error")
 */
public record MigrationStatus(String version, String description, State state, Optional<Instant> appliedAt,
                              Optional<String> appliedBy, Optional<Duration> executionTime,
                              Optional<String> detail) {

    public enum State {
        APPLIED,
        PENDING,
        /** Applied, but its SQL has changed since: the checksum in the history differs. */
        CHECKSUM_MISMATCH,
        /** Recorded in the history but no longer in the code. */
        MISSING_IN_CODE,
        /** A non-transactional migration that started and did not finish (running now, or its process died). */
        PARTIAL,
        /** A non-transactional migration stopped by a failing statement; earlier statements stay applied. */
        FAILED,
        /** A partial or failed migration resolved by {@code repair}: the next {@code migrate} resumes it. */
        REPAIRED,
        /** The version the database was adopted at by {@code baseline}. */
        BASELINE,
        /** In the code, at or below the baseline: counted as applied by other means, never run. */
        BELOW_BASELINE
    }
}
