package dev.plumb.cli;

import dev.plumb.config.ConfigException;
import dev.plumb.config.ConfigResolver;
import dev.plumb.runtime.Migrator;
import picocli.CommandLine.Option;

/**
 * How a migration's steps wait for locks and long statements ({@code migrate}, {@code rollback}), where the database
 * lets Plumb say: the runtime's {@link Migrator.Builder#ddlLockTimeout}, {@link
 * Migrator.Builder#lockRetries} and {@link Migrator.Builder#statementTimeout}. Unset, the runtime's defaults hold.
 */
final class StepOptions {

    @Option(names = "--lock-timeout-ddl", paramLabel = "DURATION",
            description = "How long one statement of a transactional step may wait for a lock before the step is"
                    + " rolled back and retried, so that the application's queries never queue behind it for"
                    + " longer, where the database can say so, e.g. 2s, 500ms; 0 waits as long as it takes."
                    + " Default: 2s.")
    String ddlLockTimeout;

    @Option(names = "--lock-retries", paramLabel = "N",
            description = "How many times a step that gave up waiting for a lock is retried, after 0.1 s, 0.2 s,"
                    + " 0.4 s ... (at most 5 s); then the command exits 6 naming the statement and the blocking"
                    + " session. Default: 5.")
    Integer lockRetries;

    @Option(names = "--statement-timeout", paramLabel = "DURATION",
            description = "How long one statement of a migration may run, where the database can say so,"
                    + " replacing the role's own statement_timeout, which would kill a long concurrent index build or validation; 0 for no"
                    + " limit. Default: 0.")
    String statementTimeout;

    /** The builder with the options given. */
    Migrator.Builder applyTo(Migrator.Builder builder) {
        if (ddlLockTimeout != null) {
            builder.ddlLockTimeout(ConfigResolver.duration("lock-timeout-ddl", ddlLockTimeout));
        }
        if (lockRetries != null) {
            if (lockRetries < 0) {
                throw new ConfigException("lock-retries " + lockRetries + " is negative: give 0 or more");
            }
            builder.lockRetries(lockRetries);
        }
        if (statementTimeout != null) {
            builder.statementTimeout(ConfigResolver.duration("statement-timeout", statementTimeout));
        }
        return builder;
    }
}
