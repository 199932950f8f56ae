package dev.plumb.runtime;

import java.time.Duration;

/**
 * How the steps of a migration wait for locks and long statements.
 *
 * @param lockTimeout      how long one statement of a transactional step may wait for a lock before its step is
 *                         rolled back (zero: as long as it takes)
 * @param retries          how many times a step that gave up waiting is tried again
 * @param statementTimeout how long one statement may run (zero: no limit), whatever the role's own default
 */
record StepSettings(Duration lockTimeout, int retries, Duration statementTimeout) {

    static final StepSettings DEFAULT = new StepSettings(Duration.ofSeconds(2), 5, Duration.ZERO);

    StepSettings {
        if (lockTimeout.isNegative() || statementTimeout.isNegative() || retries < 0) {
            throw new IllegalArgumentException("timeouts and retries must not be negative: " + lockTimeout + ", "
                    + statementTimeout + ", " + retries);
        }
    }

    /** The pause before retry {@code attempt} (1-based): 100 ms, doubling, at most 5 s. */
    static Duration backoff(int attempt) {
        return Duration.ofMillis(Math.min(100L << Math.min(attempt - 1, 10), 5_000L));
    }
}
