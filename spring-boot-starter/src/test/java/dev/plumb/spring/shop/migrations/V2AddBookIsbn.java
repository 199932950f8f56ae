package dev.plumb.spring.shop.migrations;

import dev.plumb.spring.SameSqlMigration;

public class V2AddBookIsbn extends SameSqlMigration {

    public V2AddBookIsbn() {
        super("2", "Add book isbn", "alter table book add column isbn varchar(20)",
                "alter table book drop column isbn");
    }
}
