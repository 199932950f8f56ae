package dev.plumb.dialect.postgres;

import dev.plumb.dialect.SqlStatement;
import dev.plumb.diff.AddForeignKey;
import dev.plumb.diff.AddUniqueConstraint;
import dev.plumb.diff.AlterColumn;
import dev.plumb.diff.Change;
import dev.plumb.model.Column;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.UniqueConstraint;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import static dev.plumb.diff.TableBuilder.ids;
import static dev.plumb.diff.TableBuilder.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The online forms on a real PostgreSQL table with rows, run statement by statement in auto-commit as the runtime
 * runs a step-wise migration: the batched backfill reaches every page and commits batch by batch, and an online
 * form fails on the rows a plain one fails on, leaving its first step behind for {@code repair}.
 */
class PostgresOnlineFormsTest {

    private static final QualifiedName CUSTOMER = QualifiedName.of("customer");

    private final PostgresSqlRenderer renderer = new PostgresSqlRenderer(true);

    /**
     * 60,000 rows span several hundred pages, so several batches: every null is filled, each batch in a transaction of
     * its own (the rows carry more than one {@code xmin}), and the column ends NOT NULL with no check left behind.
     */
    @Test
    void batchedBackfillFillsEveryPageAndCommitsBatchByBatch() throws SQLException {
        try (TestDatabase db = TestDatabase.postgres()) {
            db.execute("create table customer (id bigint primary key, code varchar(20), pad varchar(100))",
                    "insert into customer select i, case when i % 3 = 0 then 'kept' end, repeat('x', 80)"
                            + " from generate_series(1, 60000) i");
            Column code = Column.of("code", "varchar(20)", true);
            apply(db, new AlterColumn(CUSTOMER, code, code.withNullable(false), Optional.of("'C-' || id")));

            assertThat(number(db, "select pg_relation_size('customer') / current_setting('block_size')::int"))
                    .isGreaterThan(3L * PostgresSqlRenderer.BACKFILL_PAGES);
            assertThat(number(db, "select count(*) from customer where code is null")).isZero();
            assertThat(number(db, "select count(*) from customer where code = 'C-' || id")).isEqualTo(40000);
            assertThat(number(db, "select count(*) from customer where code = 'kept'")).isEqualTo(20000);
            assertThat(number(db, "select count(distinct xmin::text) from customer where code <> 'kept'"))
                    .as("transactions that filled rows").isGreaterThan(3);
            assertThat(number(db, "select count(*) from pg_attribute where attrelid = 'customer'::regclass"
                    + " and attname = 'code' and attnotnull")).isEqualTo(1);
            assertThat(number(db, "select count(*) from pg_constraint where conrelid = 'customer'::regclass"
                    + " and contype = 'c'")).as("checks left behind").isZero();
        }
    }

    /** Duplicates: the concurrent build fails, as {@code add constraint unique} would, and leaves an invalid index. */
    @Test
    void uniqueFailsOnDuplicatesLeavingAnInvalidIndex() throws SQLException {
        try (TestDatabase db = TestDatabase.postgres()) {
            db.execute("create table customer (id bigint primary key, email varchar(50))",
                    "insert into customer values (1, 'a'), (2, 'a')");
            Change unique = new AddUniqueConstraint(CUSTOMER,
                    new UniqueConstraint(named("customer_email_key"), ids("email")));
            assertThatThrownBy(() -> apply(db, unique)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("customer_email_key");
            assertThat(number(db, "select count(*) from pg_index where indexrelid = 'customer_email_key'::regclass"
                    + " and not indisvalid")).isEqualTo(1);
            assertThat(number(db, "select count(*) from pg_constraint where conname = 'customer_email_key'")).isZero();
        }
    }

    /** Orphans: {@code validate} fails, as a plain {@code add foreign key} would; the key stays, not valid. */
    @Test
    void foreignKeyFailsOnOrphansAtValidation() throws SQLException {
        try (TestDatabase db = TestDatabase.postgres()) {
            db.execute("create table customer (id bigint primary key)", "insert into customer values (1)",
                    "create table purchase (id bigint primary key, customer_id bigint)",
                    "insert into purchase values (10, 1), (11, 7)");
            Change key = new AddForeignKey(QualifiedName.of("purchase"), new ForeignKey(named("fk_purchase_customer"),
                    ids("customer_id"), CUSTOMER, ids("id"), ReferentialAction.NO_ACTION));
            assertThatThrownBy(() -> apply(db, key)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("fk_purchase_customer");
            assertThat(number(db, "select count(*) from pg_constraint where conname = 'fk_purchase_customer'"
                    + " and not convalidated")).isEqualTo(1);
            assertThatThrownBy(() -> db.execute("insert into purchase values (12, 8)"))
                    .as("new rows are checked from the not valid step on").hasMessageContaining("fk_purchase_customer");
        }
    }

    /** Each statement in auto-commit, as the runtime runs the steps of a migration that has concurrent statements. */
    private void apply(TestDatabase db, Change change) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (SqlStatement sql : renderer.statements(change)) {
                statement.execute(sql.sql());
            }
        }
    }

    private static long number(TestDatabase db, String query) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
