/**
 * The Plumb runtime: applies, rolls back and reports migrations, with the JDK only.
 *
 * <p>Public API: {@link dev.plumb.runtime.Migration} and {@link dev.plumb.runtime.Script} (what migrations
 * implement), {@link dev.plumb.runtime.Migrator} (apply / roll back / status), {@link dev.plumb.runtime.Plumb} (one
 * call at application start-up) and {@link dev.plumb.runtime.MigrationScanner}. Everything else in the package is
 * package-private on purpose, so the internals (history table, locks, transactions) can change freely:
 * {@code HistoryRepository} owns the history table, {@code MigrationLock} with {@code PostgresAdvisoryLock} and
 * {@code H2RowLock} serialises processes, {@code MigrationExecutor} runs one migration (on PostgreSQL in its steps:
 * {@code StepExecutor}, guarded by the dialect's {@code DdlGuard}), {@code HistoryRepair} resolves partial ones,
 * {@code MigrationCatalog} orders the code's migrations with {@code VersionComparator}.
 */
package dev.plumb.runtime;
