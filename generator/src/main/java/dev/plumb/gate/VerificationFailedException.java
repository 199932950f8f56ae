package dev.plumb.gate;

/**
 * A migration failed to apply on a scratch database, or its down did not restore the schema, where a command needed
 * the migrations to work (for example {@code generate --from-migrations}). The message names the migration.
 */
public final class VerificationFailedException extends RuntimeException {

    public VerificationFailedException(Verification.Failure failure) {
        super(failure.message());
    }
}
