package dev.plumb.runtime.process;

import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.Script;

import java.util.List;

/** The migrations each process scenario applies, by name, so the test and its processes agree on them. */
final class ProcessScenarios {

    private ProcessScenarios() {
    }

    static List<Migration> migrations(String scenario) {
        return switch (scenario) {
            case "concurrent" -> List.of(
                    sql("1", true, "create table item (id int primary key, name varchar(40))"),
                    sql("2", true, "insert into item select g, 'item ' || g from generate_series(1, 20000) g"),
                    // the sleep keeps the other processes waiting on the lock while the index is built
                    sql("3", false, "select pg_sleep(1)", "create index concurrently ix_item_name on item (name)"),
                    sql("4", true, "alter table item add column price int"));
            case "kill-transactional" -> List.of(
                    sql("1", true, "create table kept (id int)"),
                    sql("2", true, "create table half (id int)", "insert into blocker (id) values (1)"));
            case "kill-non-transactional" -> List.of(
                    sql("1", true, "create table kept (id int)"),
                    sql("2", false, "create table first_step (id int)", "insert into blocker (id) values (1)",
                            "create table third_step (id int)"));
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
    }

    private static Migration sql(String version, boolean transactional, String... statements) {
        return new Migration() {
            @Override
            public String version() {
                return version;
            }

            @Override
            public String description() {
                return "step " + version;
            }

            @Override
            public void up(Script script) {
                script.on(Dialect.POSTGRESQL, statements);
            }

            @Override
            public void down(Script script) {
                script.on(Dialect.POSTGRESQL, "select 1");
            }

            @Override
            public boolean transactional() {
                return transactional;
            }
        };
    }
}
