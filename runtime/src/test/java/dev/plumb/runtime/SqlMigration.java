package dev.plumb.runtime;

import java.util.List;

/**
 * A hand-written test migration with the same SQL for PostgreSQL and H2, unless dialect-specific SQL is given.
 */
record SqlMigration(String version, String description, List<String> postgresUp, List<String> h2Up,
                    List<String> down, boolean transactional) implements Migration {

    static SqlMigration of(String version, String up, String down) {
        return new SqlMigration(version, "step " + version, List.of(up), List.of(up), List.of(down), true);
    }

    static SqlMigration of(String version, List<String> up, String down) {
        return new SqlMigration(version, "step " + version, up, up, List.of(down), true);
    }

    static SqlMigration perDialect(String version, String postgresUp, String h2Up, String down) {
        return new SqlMigration(version, "step " + version, List.of(postgresUp), List.of(h2Up), List.of(down), true);
    }

    SqlMigration nonTransactional() {
        return new SqlMigration(version, description, postgresUp, h2Up, down, false);
    }

    @Override
    public void up(Script script) {
        script.on(Dialect.POSTGRESQL, postgresUp.toArray(String[]::new));
        script.on(Dialect.H2, h2Up.toArray(String[]::new));
    }

    @Override
    public void down(Script script) {
        script.on(Dialect.POSTGRESQL, down.toArray(String[]::new));
        script.on(Dialect.H2, down.toArray(String[]::new));
    }
}
