package dev.plumb.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One line of {@code status}: a migration known to the code, the history, or both. */
public record MigrationStatus(String version, String description, State state, Optional<Instant> appliedAt,
                              Optional<String> appliedBy, Optional<Duration> executionTime) {

    public enum State {
        APPLIED,
        PENDING,
        /** Applied, but its SQL has changed since: the checksum in the history differs. */
        CHECKSUM_MISMATCH,
        /** Recorded in the history but no longer in the code. */
        MISSING_IN_CODE
    }
}
