package dev.plumb.dialect;

import dev.plumb.model.Identifier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an inspector reads: the connection's default schema plus {@code extraNamespaces} (schemas the entities name),
 * leaving out the {@code ignored} tables (Plumb's own history and lock tables, other tools' tables, the user's
 * patterns).
 */
public record InspectionScope(Set<Identifier> extraNamespaces, IgnoredTables ignored) {

    public InspectionScope {
        extraNamespaces = Set.copyOf(extraNamespaces);
        Objects.requireNonNull(ignored, "ignored");
    }

    /** The default schema and {@code extraNamespaces}, leaving out the built-in tables and {@code patterns}. */
    public InspectionScope(Set<Identifier> extraNamespaces, Set<String> patterns) {
        this(extraNamespaces, new IgnoredTables(List.copyOf(patterns)));
    }

    /** Whether the table, in the catalog's schema and spelling, is left out. */
    public boolean isExcluded(String schema, String tableName) {
        return ignored.match(Optional.of(schema), tableName).isPresent();
    }
}
