package dev.plumb.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the history against the code before anything runs, and works out what {@code migrate} applies. Every
 * refusal is a {@link ValidationException} whose one line names the version and the fix:
 * <ul>
 *   <li>an applied migration whose SQL for this dialect no longer matches its checksum (edited after applying);</li>
 *   <li>an applied migration missing from the code;</li>
 *   <li>a partially applied or failed non-transactional migration (resolved by {@code repair});</li>
 *   <li>a pending migration older than the newest applied one, unless out-of-order is allowed.</li>
 * </ul>
 * Duplicate versions are refused earlier, by {@link MigrationCatalog}. Migrations at or below a
 * {@linkplain HistoryState#BASELINE baseline} count as applied and are not checked: they ran by other means.
 */
final class HistoryValidator {

    private final MigrationCatalog catalog;
    private final Dialect dialect;
    private final boolean outOfOrder;

    HistoryValidator(MigrationCatalog catalog, Dialect dialect, boolean outOfOrder) {
        this.catalog = catalog;
        this.dialect = dialect;
        this.outOfOrder = outOfOrder;
    }

    /** Validates and returns the migrations to apply up to {@code target}, in version order. */
    List<PlannedMigration> plan(List<AppliedMigration> applied, Optional<String> target) {
        Map<String, AppliedMigration> rows = new HashMap<>();
        Optional<String> newest = Optional.empty();
        Optional<String> baseline = Optional.empty();
        for (AppliedMigration row : applied) {
            check(row);
            rows.put(row.version(), row);
            if (row.state() == HistoryState.BASELINE) {
                baseline = Optional.of(row.version());
            }
            if (row.state() != HistoryState.RESUME) {
                newest = Optional.of(row.version());
            }
        }
        List<PlannedMigration> todo = new ArrayList<>();
        for (Migration migration : catalog.all()) {
            AppliedMigration row = rows.get(migration.version());
            if (target.isPresent() && compare(migration.version(), target.get()) > 0
                    || baseline.isPresent() && compare(migration.version(), baseline.get()) <= 0) {
                continue;
            }
            if (row == null) {
                checkOrder(migration, newest);
                todo.add(MigrationCatalog.up(migration, dialect));
            } else if (row.state() == HistoryState.RESUME) {
                todo.add(MigrationCatalog.up(migration, dialect).resumingAt(row.statementsDone()));
            }
        }
        return todo;
    }

    private void check(AppliedMigration row) {
        if (row.state() == HistoryState.BASELINE) {
            return;
        }
        if (row.state() == HistoryState.PARTIAL || row.state() == HistoryState.FAILED) {
            throw new ValidationException(row.version(), "Migration " + row.version() + " (" + row.description()
                    + ") is partially applied: " + row.statementsDone() + " statements ran"
                    + row.failure().map(f -> ", then " + f).orElse(" before its process stopped")
                    + "; undo or finish the next statement by hand if it left something behind, then run repair"
                    + " (plumb repair / Migrator.repair()) so that migrate resumes at statement "
                    + (row.statementsDone() + 1));
        }
        Optional<Migration> migration = catalog.find(row.version());
        if (migration.isEmpty()) {
            throw new ValidationException(row.version(), "Migration " + row.version() + " (" + row.description()
                    + ") is applied but missing from the code: restore its class, or roll it back with the code"
                    + " that still has it");
        }
        if (!MigrationCatalog.checksum(migration.get(), dialect).equals(row.checksum())) {
            throw new ValidationException(row.version(), Failures.name(migration.get()) + " has changed since it"
                    + " was applied (its " + dialect.productName() + " SQL no longer matches the checksum in the"
                    + " history): restore the migration as it was applied, or roll it back with the old code and"
                    + " apply it again");
        }
    }

    private void checkOrder(Migration migration, Optional<String> newest) {
        if (!outOfOrder && newest.isPresent() && compare(migration.version(), newest.get()) < 0) {
            throw new ValidationException(migration.version(), Failures.name(migration) + " is pending but older"
                    + " than the newest applied migration " + newest.get() + ": give it a version newer than "
                    + newest.get() + ", or allow out-of-order migrations (--out-of-order /"
                    + " Migrator.Builder.outOfOrder(true))");
        }
    }

    private static int compare(String a, String b) {
        return VersionComparator.INSTANCE.compare(a, b);
    }
}
