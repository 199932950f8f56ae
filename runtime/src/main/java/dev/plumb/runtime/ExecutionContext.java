package dev.plumb.runtime;

import java.sql.Connection;
import java.util.function.Consumer;

/**
 * What the executors of one {@code migrate} or {@code rollback} share: the migration connection, its dialect and
 * history, who applies, the dialect's guard around steps and how often a step that gave up waiting is retried.
 *
 * @param notices hears what the operator should know while it happens (a step retried after a lock timeout)
 */
record ExecutionContext(Connection connection, Dialect dialect, HistoryRepository history, String installedBy,
                        DdlGuard guard, int retries, Consumer<String> notices) {
}
