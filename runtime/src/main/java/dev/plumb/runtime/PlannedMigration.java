package dev.plumb.runtime;

import java.util.List;

/** A migration together with the statements one direction of it runs on the connection's dialect. */
record PlannedMigration(Migration migration, List<String> statements) {

    PlannedMigration {
        statements = List.copyOf(statements);
    }

    String version() {
        return migration.version();
    }

    /** The history checksum, meaningful for the up direction. */
    String checksum() {
        return Checksums.of(statements);
    }

    PendingMigration toPending() {
        return new PendingMigration(migration.version(), migration.description(), statements);
    }
}
