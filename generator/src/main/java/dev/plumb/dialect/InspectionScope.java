package dev.plumb.dialect;

import dev.plumb.model.Identifier;

import java.util.Set;

/**
 * What an inspector reads: the connection's default schema plus {@code extraNamespaces} (schemas the entities name),
 * leaving out {@code excludedTables} (Plumb's own history and lock tables), compared case-insensitively.
 */
public record InspectionScope(Set<Identifier> extraNamespaces, Set<String> excludedTables) {

    public InspectionScope {
        extraNamespaces = Set.copyOf(extraNamespaces);
        excludedTables = Set.copyOf(excludedTables);
    }

    public boolean isExcluded(String tableName) {
        return excludedTables.stream().anyMatch(t -> t.equalsIgnoreCase(tableName));
    }
}
