package dev.plumb.runtime;

import java.util.List;

/**
 * A run of statements the runtime applies as one unit: in one transaction ({@code transactional}), or, outside any
 * transaction, a single statement such as PostgreSQL's {@code create index concurrently}. A migration's progress is
 * recorded per step, so a crash between steps resumes at the first step not done.
 *
 * @param statements    the SQL, one JDBC statement each, in order
 * @param transactional whether the statements run in one transaction where the database has transactional DDL
 */
public record ScriptStep(List<String> statements, boolean transactional) {

    public ScriptStep {
        statements = List.copyOf(statements);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("a step has at least one statement");
        }
        if (!transactional && statements.size() != 1) {
            throw new IllegalArgumentException("a step outside a transaction has exactly one statement");
        }
    }
}
