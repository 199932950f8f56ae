package dev.plumb.runtime;

import java.util.List;

/** A migration {@code migrate} would apply, with the statements it would run on this connection's dialect. */
public record PendingMigration(String version, String description, List<String> statements) {

    public PendingMigration {
        statements = List.copyOf(statements);
    }
}
