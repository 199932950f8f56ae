package dev.plumb.scenario;

import dev.plumb.dialect.SqlStatement;
import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.Script;

import java.util.List;

/**
 * A migration built from rendered SQL, so scenario tests apply exactly what Plumb generated through the runtime, in
 * the steps the renderer asked for: a statement refused in a transaction outside one, one that needs a transaction
 * of its own in one, as a generated class does.
 */
record SqlMigration(String version, String description, Dialect dialect, List<SqlStatement> upSql,
                    List<SqlStatement> downSql) implements Migration {

    /** Plain statements, all in one transaction. */
    static SqlMigration of(String version, String description, Dialect dialect, List<String> up, List<String> down) {
        return new SqlMigration(version, description, dialect, up.stream().map(SqlStatement::of).toList(),
                down.stream().map(SqlStatement::of).toList());
    }

    @Override
    public void up(Script script) {
        fill(script, upSql);
    }

    @Override
    public void down(Script script) {
        fill(script, downSql);
    }

    private void fill(Script script, List<SqlStatement> statements) {
        script.on(dialect);
        for (SqlStatement statement : statements) {
            switch (statement.execution()) {
                case IN_TRANSACTION -> script.on(dialect, statement.sql());
                case OWN_TRANSACTION -> script.inOwnTransaction(dialect, statement.sql());
                case OUTSIDE_TRANSACTION -> script.outsideTransaction(dialect, statement.sql());
            }
        }
    }
}
