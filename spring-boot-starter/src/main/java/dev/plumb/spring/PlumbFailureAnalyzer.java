package dev.plumb.spring;

import dev.plumb.runtime.MigrationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed start-up migration into Spring Boot's short failure report carrying Plumb's one-line message
 * (which names the migration and the fix) instead of a page of nested bean-creation stack traces.
 */
class PlumbFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationException cause) {
        return new FailureAnalysis("Plumb could not migrate the database: " + cause.getMessage(),
                "Fix the migration or the database as the message says, or start with plumb.enabled=false.", cause);
    }
}
