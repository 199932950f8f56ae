package dev.plumb.spring.shop.migrations;

import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.Script;

public class V2AddBookIsbn implements Migration {

    @Override
    public String version() {
        return "2";
    }

    @Override
    public String description() {
        return "Add book isbn";
    }

    @Override
    public void up(Script script) {
        String sql = "alter table book add column isbn varchar(20)";
        script.on(Dialect.POSTGRESQL, sql).on(Dialect.H2, sql);
    }

    @Override
    public void down(Script script) {
        String sql = "alter table book drop column isbn";
        script.on(Dialect.POSTGRESQL, sql).on(Dialect.H2, sql);
    }
}
