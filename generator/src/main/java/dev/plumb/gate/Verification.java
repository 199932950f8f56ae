package dev.plumb.gate;

import dev.plumb.model.Schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link RoundTripVerifier#verify}: the schema all migrations produce, and the first migration that
 * failed to apply or whose down did not restore the schema before it (then {@code schema} is what was reached).
 */
public record Verification(Schema schema, int migrationsVerified, Optional<Failure> failure) {

    public Verification {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(failure, "failure");
    }

    public boolean passed() {
        return failure.isEmpty();
    }

    /**
     * @param migration the class name of the migration, for example {@code V2__AddPhone}
     * @param problems  one line each, for example {@code down leaves column customer.phone}
     */
    public record Failure(String migration, String version, List<String> problems) {

        public Failure {
            problems = List.copyOf(problems);
        }

        /** {@code V2__AddPhone: down leaves column customer.phone; ...} */
        public String message() {
            return migration + ": " + String.join("; ", problems);
        }
    }
}
