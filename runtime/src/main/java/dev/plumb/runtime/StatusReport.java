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
        applied.forEach(row -> history.put(row.version(), row));
        List<MigrationStatus> lines = new ArrayList<>();
        for (Migration migration : catalog.all()) {
            AppliedMigration row = history.remove(migration.version());
            lines.add(row == null ? pending(migration) : applied(migration, row, dialect));
        }
        history.values().forEach(row -> lines.add(line(row, MigrationStatus.State.MISSING_IN_CODE)));
        lines.sort((a, b) -> VersionComparator.INSTANCE.compare(a.version(), b.version()));
        return List.copyOf(lines);
    }

    private static MigrationStatus pending(Migration migration) {
        return new MigrationStatus(migration.version(), migration.description(), MigrationStatus.State.PENDING,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static MigrationStatus applied(Migration migration, AppliedMigration row, Dialect dialect) {
        boolean same = MigrationCatalog.checksum(migration, dialect).equals(row.checksum());
        return line(row, same ? MigrationStatus.State.APPLIED : MigrationStatus.State.CHECKSUM_MISMATCH);
    }

    private static MigrationStatus line(AppliedMigration row, MigrationStatus.State state) {
        return new MigrationStatus(row.version(), row.description(), state, Optional.of(row.appliedAt()),
                Optional.of(row.appliedBy()), Optional.of(row.executionTime()));
    }
}
