package dev.plumb.spring;

import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.Script;

/**
 * A test migration whose SQL is the same on PostgreSQL, H2 and MariaDB, except where MariaDB spells it otherwise
 * (an identity column is {@code auto_increment} there); subclasses name it in their no-arg constructor.
 */
public abstract class SameSqlMigration implements Migration {

    private final String version;
    private final String description;
    private final String up;
    private final String down;
    private final String mariaDbUp;

    protected SameSqlMigration(String version, String description, String up, String down) {
        this(version, description, up, down, up);
    }

    protected SameSqlMigration(String version, String description, String up, String down, String mariaDbUp) {
        this.version = version;
        this.description = description;
        this.up = up;
        this.down = down;
        this.mariaDbUp = mariaDbUp;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void up(Script script) {
        script.on(Dialect.POSTGRESQL, up).on(Dialect.H2, up).on(Dialect.MARIADB, mariaDbUp);
    }

    @Override
    public void down(Script script) {
        script.on(Dialect.POSTGRESQL, down).on(Dialect.H2, down).on(Dialect.MARIADB, down);
    }
}
