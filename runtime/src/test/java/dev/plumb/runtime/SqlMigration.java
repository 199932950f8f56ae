package dev.plumb.runtime;

import java.util.List;

/**
 * A hand-written test migration with the same SQL for PostgreSQL, H2 and MariaDB, unless dialect-specific SQL is
 * given: MariaDB runs H2's statements and the common down unless {@link #onMariaDb} says otherwise.
 */
record SqlMigration(String version, String description, List<String> postgresUp, List<String> h2Up,
                    List<String> down, boolean transactional, List<String> mariaDbUp, List<String> mariaDbDown)
        implements Migration {

    SqlMigration(String version, String description, List<String> postgresUp, List<String> h2Up, List<String> down,
                 boolean transactional) {
        this(version, description, postgresUp, h2Up, down, transactional, h2Up, down);
    }

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
        return new SqlMigration(version, description, postgresUp, h2Up, down, false, mariaDbUp, mariaDbDown);
    }

    /** The same migration with its own statements for MariaDB. */
    SqlMigration onMariaDb(List<String> up, List<String> down) {
        return new SqlMigration(version, description, postgresUp, h2Up, this.down, transactional, up, down);
    }

    @Override
    public void up(Script script) {
        script.on(Dialect.POSTGRESQL, postgresUp.toArray(String[]::new));
        script.on(Dialect.H2, h2Up.toArray(String[]::new));
        script.on(Dialect.MARIADB, mariaDbUp.toArray(String[]::new));
    }

    @Override
    public void down(Script script) {
        script.on(Dialect.POSTGRESQL, down.toArray(String[]::new));
        script.on(Dialect.H2, down.toArray(String[]::new));
        script.on(Dialect.MARIADB, mariaDbDown.toArray(String[]::new));
    }
}
