package dev.plumb.dialect.mariadb;

import dev.plumb.dialect.RendererContract;
import dev.plumb.dialect.SqlRenderer;
import dev.plumb.diff.AlterColumn;
import dev.plumb.diff.Change;
import dev.plumb.diff.CreateTable;
import dev.plumb.diff.DropForeignKey;
import dev.plumb.model.Column;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.ReferentialAction;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.plumb.diff.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

/** Change to exact SQL for MariaDB: names as written, backticks for reserved words, whole-column modifications. */
class MariaDbSqlRendererTest extends RendererContract {

    private final SqlRenderer renderer = new MariaDbSqlRenderer();
    private String app;

    MariaDbSqlRendererTest() {
        super(new MariaDbDialect(), TestDatabase::mariadb);
    }

    @AfterEach
    void dropAppDatabase() {
        if (app != null) {
            try (TestDatabase server = TestDatabase.mariadb()) {
                MariaDbTestDatabases.drop(server, app);
            }
        }
    }

    /** A database of the server for this test alone: MariaDB's {@code create schema} makes one. */
    @Override
    protected String otherSchema() {
        if (app == null) {
            app = "plumb_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        }
        return app;
    }

    @Override
    protected boolean foreignKeysFromOtherSchemas() {
        return false;
    }

    @Override
    protected String userSchemas(String column) {
        return column + " in (database()" + (app == null ? "" : ", '" + app + "'") + ")";
    }

    /** MariaDB 10.11 has no information_schema.SEQUENCES: a sequence is a table of type SEQUENCE. */
    @Override
    protected long sequenceCount(TestDatabase db) throws SQLException {
        return count(db, "select count(*) from information_schema.tables where table_type = 'SEQUENCE' and "
                + userSchemas("table_schema"));
    }

    private String sql(Change change) {
        return String.join("\n;\n", renderer.render(change));
    }

    @Test
    void quotesReservedWordsInBackticksAndKeepsCase() {
        assertThat(renderer.quote(new Identifier("Customer"))).isEqualTo("Customer");
        assertThat(renderer.quote(new Identifier("order"))).isEqualTo("`order`");
        assertThat(renderer.quote(new Identifier("user"))).isEqualTo("user");
        assertThat(renderer.quote(new Identifier("we`ird"))).isEqualTo("`we``ird`");
    }

    @Test
    void identityIsAutoIncrement() {
        CreateTable create = new CreateTable(table("order").identity("id", "bigint")
                .column("note", "varchar(20)").primaryKey("id").build());

        assertThat(sql(create)).isEqualTo("create table `order` (\n    id bigint not null auto_increment,\n"
                + "    note varchar(20),\n    primary key (id)\n)");
    }

    @Test
    void columnChangesRestateTheWholeColumn() {
        QualifiedName t = QualifiedName.of("customer");
        Column was = Column.of("name", "varchar(20)", true);
        Column will = Column.of("name", "varchar(50)", false).withDefault("'n/a'");

        assertThat(sql(new AlterColumn(t, was, will, Optional.of("'?'")))).isEqualTo(
                "update customer set name = '?' where name is null\n;\n"
                        + "alter table customer modify column name varchar(50) default 'n/a' not null");
        assertThat(sql(new AlterColumn(t, was, was.withDefault("'x'"))))
                .isEqualTo("alter table customer alter column name set default 'x'");
    }

    @Test
    void droppingAForeignKeyDropsTheIndexInnoDbMadeForIt() {
        ForeignKey fk = new ForeignKey(Optional.of(new Identifier("fk_line_order")), List.of(new Identifier("order_id")),
                QualifiedName.of("order"), List.of(new Identifier("id")), ReferentialAction.NO_ACTION);

        assertThat(sql(new DropForeignKey(QualifiedName.of("line"), fk))).isEqualTo(
                "alter table line drop foreign key fk_line_order\n;\nalter table line drop index if exists fk_line_order");
    }
}
