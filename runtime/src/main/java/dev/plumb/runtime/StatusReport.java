package dev.plumb.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Merges the code and the history into the lines of {@link Migrator#status()}. */
final class StatusReport {

    private StatusReport() {
    }

    static List<MigrationStatus> of(MigrationCatalog catalog, List<AppliedMigration> applied, Dialect dialect) {
        Map<String, AppliedMigration> history = new HashMap<>();
        Optional<String> baseline = Optional.empty();
        for (AppliedMigration row : applied) {
            history.put(row.version(), row);
            if (row.state() == HistoryState.BASELINE) {
                baseline = Optional.of(row.version());
            }
        }
        List<MigrationStatus> lines = new ArrayList<>();
        for (Migration migration : catalog.all()) {
            AppliedMigration row = history.remove(migration.version());
            if (row != null) {
                lines.add(applied(migration, row, dialect));
            } else if (baseline.isPresent()
                    && VersionComparator.INSTANCE.compare(migration.version(), baseline.get()) <= 0) {
                lines.add(codeOnly(migration, MigrationStatus.State.BELOW_BASELINE));
            } else {
                lines.add(codeOnly(migration, MigrationStatus.State.PENDING));
            }
        }
        history.values().forEach(row -> lines.add(line(row, row.state() == HistoryState.APPLIED
                ? MigrationStatus.State.MISSING_IN_CODE : stateOf(row))));
        lines.sort((a, b) -> VersionComparator.INSTANCE.compare(a.version(), b.version()));
        return List.copyOf(lines);
    }

    private static MigrationStatus codeOnly(Migration migration, MigrationStatus.State state) {
        return new MigrationStatus(migration.version(), migration.description(), state,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static MigrationStatus applied(Migration migration, AppliedMigration row, Dialect dialect) {
        if (row.state() != HistoryState.APPLIED) {
            return line(row, stateOf(row), statementsDone(migration, row, dialect));
        }
        boolean same = MigrationCatalog.checksum(migration, dialect).equals(row.checksum());
        return line(row, same ? MigrationStatus.State.APPLIED : MigrationStatus.State.CHECKSUM_MISMATCH);
    }

    private static MigrationStatus.State stateOf(AppliedMigration row) {
        return switch (row.state()) {
            case APPLIED -> MigrationStatus.State.APPLIED;
            case PARTIAL -> MigrationStatus.State.PARTIAL;
            case FAILED -> MigrationStatus.State.FAILED;
            case RESUME -> MigrationStatus.State.REPAIRED;
            case BASELINE -> MigrationStatus.State.BASELINE;
        };
    }

    /**
     * The statements of a partial, failed or repaired migration that ran, named from the code (": 'create table a
     * ...'"), so that whoever repairs it by hand sees what stayed applied; nothing when the code's SQL is no longer
     * the SQL that ran (its checksum differs).
     */
    private static String statementsDone(Migration migration, AppliedMigration row, Dialect dialect) {
        List<String> statements = MigrationCatalog.upStatements(migration, dialect);
        if (row.statementsDone() == 0 || row.statementsDone() > statements.size()
                || !Checksums.of(statements).equals(row.checksum())) {
            return "";
        }
        return ": " + Failures.named(statements.subList(0, row.statementsDone()));
    }

    private static MigrationStatus line(AppliedMigration row, MigrationStatus.State state) {
        return line(row, state, "");
    }

    private static MigrationStatus line(AppliedMigration row, MigrationStatus.State state, String done) {
        Optional<String> detail = switch (row.state()) {
            case PARTIAL, FAILED, RESUME -> Optional.of(row.statementsDone() + " statements done" + done
                    + row.failure().map(f -> "; " + f).orElse(""));
            default -> Optional.empty();
        };
        return new MigrationStatus(row.version(), row.description(), state, Optional.of(row.appliedAt()),
                Optional.of(row.appliedBy()), Optional.of(row.executionTime()), detail);
    }
}
