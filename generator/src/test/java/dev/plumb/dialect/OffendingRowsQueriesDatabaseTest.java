package dev.plumb.dialect;

import dev.plumb.diff.AddCheckConstraint;
import dev.plumb.diff.AddForeignKey;
import dev.plumb.diff.AddUniqueConstraint;
import dev.plumb.diff.AlterColumn;
import dev.plumb.diff.Change;
import dev.plumb.diff.OffendingRows;
import dev.plumb.diff.Safety;
import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Column;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.UniqueConstraint;
import dev.plumb.runtime.Dialect;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reviewer's queries, as each dialect writes them ({@link SqlDialect#offendingRows()}), on real databases with
 * dirty rows: each finds exactly the rows that make its change fail, the change does fail on them, and once they are
 * fixed the query finds nothing and the change applies.
 */
class OffendingRowsQueriesDatabaseTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void uniqueQueryFindsTheDuplicatesThatMakeTheConstraintFail(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Names n = new Names(kind);
            db.execute("create table book (id bigint primary key, isbn varchar(20), edition int)",
                    "insert into book values (1, 'x', 1)", "insert into book values (2, 'x', 1)",
                    "insert into book values (3, 'x', 2)", "insert into book values (4, null, 1)",
                    "insert into book values (5, null, 1)");
            Change unique = new AddUniqueConstraint(n.table("book"), new UniqueConstraint(
                    Optional.of(n.id("uk_book_isbn_edition")), List.of(n.id("isbn"), n.id("edition"))));
            String query = n.query(unique).orElseThrow();

            assertThat(rows(db, query)).containsExactly("x|1|2");
            assertThatThrownBy(() -> apply(db, n.renderer.render(unique))).isInstanceOf(SQLException.class);
            db.execute("delete from book where id = 2");
            assertThat(rows(db, query)).isEmpty();
            apply(db, n.renderer.render(unique));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void foreignKeyQueryFindsTheOrphansThatMakeTheKeyFail(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Names n = new Names(kind);
            String order = n.renderer.quote(Identifier.of("order"));
            db.execute("create table author (id bigint primary key)", "insert into author values (1)",
                    "create table " + order + " (id bigint primary key, author_id bigint)",
                    "insert into " + order + " values (10, 1)", "insert into " + order + " values (11, 7)",
                    "insert into " + order + " values (12, null)");
            Change key = new AddForeignKey(QualifiedName.of("order"), new ForeignKey(Optional.of(n.id("fk_order_author")),
                    List.of(n.id("author_id")), n.table("author"), List.of(n.id("id")), ReferentialAction.NO_ACTION));
            String query = n.query(key).orElseThrow();

            assertThat(query).contains(order);
            assertThat(rows(db, query)).containsExactly("11|7");
            assertThatThrownBy(() -> apply(db, n.renderer.render(key))).isInstanceOf(SQLException.class);
            db.execute("update " + order + " set author_id = null where id = 11");
            assertThat(rows(db, query)).isEmpty();
            apply(db, n.renderer.render(key));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void checkQueryFindsTheRowsOutsideTheNewEnumConstants(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Names n = new Names(kind);
            db.execute("create table ticket (id bigint primary key, status varchar(20))",
                    "insert into ticket values (1, 'OPEN')", "insert into ticket values (2, 'ARCHIVED')",
                    "insert into ticket values (3, null)");
            Change check = new AddCheckConstraint(n.table("ticket"), new CheckConstraint(
                    Optional.of(n.id("ticket_status_check")), "status in ('OPEN', 'CLOSED')"));
            String query = n.query(check).orElseThrow();

            assertThat(rows(db, query)).containsExactly("2|ARCHIVED");
            assertThatThrownBy(() -> apply(db, n.renderer.render(check))).isInstanceOf(SQLException.class);
            db.execute("update ticket set status = 'CLOSED' where id = 2");
            assertThat(rows(db, query)).isEmpty();
            apply(db, n.renderer.render(check));
        }
    }

    /** H2 and MariaDB have enum types ({@code ListedValuesOffendingRows}); PostgreSQL's enums are named types. */
    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"H2", "MARIADB"})
    void enumTypeLosingAConstantIsFlaggedAndItsQueryFindsTheRowsStillUsingIt(TestDatabase.Kind kind)
            throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Names n = new Names(kind);
            db.execute("create table ticket (id bigint primary key, status enum ('ARCHIVED','OPEN'))",
                    "insert into ticket values (1, 'OPEN')", "insert into ticket values (2, 'ARCHIVED')");
            Column was = Column.of(n.id("status").value(), "enum ('ARCHIVED','OPEN')", true);
            AlterColumn removal = n.alter(n.table("ticket"), was, "enum ('CLOSED','OPEN')");
            AlterColumn addition = n.alter(n.table("ticket"), was, "enum ('ARCHIVED','OPEN','X')");
            String query = n.query(removal).orElseThrow();

            assertThat(removal.safety()).isEqualTo(Safety.DATA_DEPENDENT);
            assertThat(addition.safety()).isEqualTo(Safety.SAFE);
            assertThat(n.query(addition)).isEmpty();
            assertThat(rows(db, query)).containsExactly("ARCHIVED|1");
            assertThatThrownBy(() -> apply(db, n.renderer.render(removal))).isInstanceOf(SQLException.class);
            db.execute("delete from ticket where id = 2");
            assertThat(rows(db, query)).isEmpty();
            apply(db, n.renderer.render(removal));
            apply(db, n.renderer.render(removal.inverse()));
            assertThat(rows(db, "select count(*) from ticket where status = 'OPEN'")).containsExactly("1");
        }
    }

    private static void apply(TestDatabase db, List<String> statements) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Each row as its values joined by {@code |}. */
    private static List<String> rows(TestDatabase db, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    /** Names in each dialect's stored form (upper case on H2). */
    private static final class Names {
        private final TestDatabase.Kind kind;
        private final SqlDialect dialect;
        private final SqlRenderer renderer;

        Names(TestDatabase.Kind kind) {
            this.kind = kind;
            this.dialect = Dialects.of(Dialect.valueOf(kind.name())).orElseThrow();
            this.renderer = dialect.renderer();
        }

        Identifier id(String name) {
            return Identifier.of(kind == TestDatabase.Kind.H2 ? name.toUpperCase(Locale.ROOT) : name);
        }

        QualifiedName table(String name) {
            return new QualifiedName(Optional.empty(), id(name));
        }

        /** The dialect's query for a change on its own, as a migration of that one change lists it. */
        Optional<String> query(Change change) {
            List<OffendingRows.Review> reviews = dialect.offendingRows().reviews(List.of(change));
            return reviews.stream().map(OffendingRows.Review::query).findFirst();
        }

        /** The column with another type, judged by the dialect as the differ judges it. */
        AlterColumn alter(QualifiedName table, Column was, String type) {
            return new AlterColumn(table, was, was.withType(type), Optional.empty(),
                    dialect.typeRules().effect(was.type(), type));
        }
    }
}
