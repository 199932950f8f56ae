package dev.plumb.cli;

import dev.plumb.config.ConnectionSettings;
import dev.plumb.runtime.MigrationStatus;
import dev.plumb.runtime.Migrator;

import java.util.List;

/** The versions recorded in a database's history, read without the lock and without creating the history table. */
final class HistoryVersions {

    private HistoryVersions() {
    }

    static List<String> of(ConnectionSettings connection) {
        return Migrator.builder(connection.dataSource()).build().status().stream()
                .map(MigrationStatus::version).toList();
    }
}
