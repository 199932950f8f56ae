package dev.plumb.spring.broken;

import dev.plumb.spring.SameSqlMigration;

/** Refers to a table that does not exist, so applying it fails on either database. */
public class V1Broken extends SameSqlMigration {

    public V1Broken() {
        super("1", "Broken", "alter table no_such_table add column x int", "select 1");
    }
}
