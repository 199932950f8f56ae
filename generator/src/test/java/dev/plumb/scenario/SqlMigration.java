package dev.plumb.scenario;

import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.Script;

import java.util.List;

/**
 * A migration built from rendered SQL, so scenario tests apply exactly what Plumb generated through the runtime,
 * outside a transaction where the renderer said a statement cannot run in one.
 */
record SqlMigration(String version, String description, Dialect dialect, List<String> upSql, List<String> downSql,
                    boolean inTransaction) implements Migration {

    SqlMigration(String version, String description, Dialect dialect, List<String> upSql, List<String> downSql) {
        this(version, description, dialect, upSql, downSql, true);
    }

    @Override
    public boolean transactional(Dialect on) {
        return inTransaction;
    }

    @Override
    public void up(Script script) {
        script.on(dialect, upSql.toArray(String[]::new));
    }

    @Override
    public void down(Script script) {
        script.on(dialect, downSql.toArray(String[]::new));
    }
}
