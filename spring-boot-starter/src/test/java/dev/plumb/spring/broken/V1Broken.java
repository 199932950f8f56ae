package dev.plumb.spring.broken;

import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.Script;

/** Refers to a table that does not exist, so applying it fails on either database. */
public class V1Broken implements Migration {

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String description() {
        return "Broken";
    }

    @Override
    public void up(Script script) {
        String sql = "alter table no_such_table add column x int";
        script.on(Dialect.POSTGRESQL, sql).on(Dialect.H2, sql);
    }

    @Override
    public void down(Script script) {
        script.on(Dialect.POSTGRESQL, "select 1").on(Dialect.H2, "select 1");
    }
}
