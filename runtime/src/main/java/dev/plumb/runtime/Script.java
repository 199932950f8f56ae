package dev.plumb.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL of one direction of a migration, per dialect. A migration fills it in {@code up} or {@code down}; the
 * runtime then runs the statements of the connection's dialect, one JDBC statement per string, in order.
 */
public final class Script {

    private final Map<Dialect, List<String>> statements = new EnumMap<>(Dialect.class);

    /** Adds statements for a dialect; calling it again for the same dialect appends. */
    public Script on(Dialect dialect, String... sql) {
        List<String> list = statements.computeIfAbsent(dialect, d -> new ArrayList<>());
        Collections.addAll(list, sql);
        return this;
    }

    /** The statements for a dialect, empty when the migration has none for it. */
    public List<String> statementsFor(Dialect dialect) {
        return List.copyOf(statements.getOrDefault(dialect, List.of()));
    }

    /** The dialects this script carries SQL for. */
    public Set<Dialect> dialects() {
        return Collections.unmodifiableSet(statements.keySet());
    }
}
