package dev.plumb.runtime;

import java.util.List;

/**
 * A migration together with the statements one direction of it runs on the connection's dialect.
 *
 * @param resumeFrom the index of the first statement to run: non-zero only for a repaired partial migration
 */
record PlannedMigration(Migration migration, List<String> statements, int resumeFrom) {

    PlannedMigration {
        statements = List.copyOf(statements);
    }

    PlannedMigration(Migration migration, List<String> statements) {
        this(migration, statements, 0);
    }

    PlannedMigration resumingAt(int statement) {
        return new PlannedMigration(migration, statements, statement);
    }

    String version() {
        return migration.version();
    }

    /** The history checksum, meaningful for the up direction. */
    String checksum() {
        return Checksums.of(statements);
    }

    PendingMigration toPending() {
        return new PendingMigration(migration.version(), migration.description(),
                statements.subList(resumeFrom, statements.size()));
    }
}
