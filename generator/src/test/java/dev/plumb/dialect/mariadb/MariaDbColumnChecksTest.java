package dev.plumb.dialect.mariadb;

import dev.plumb.diff.AlterColumn;
import dev.plumb.diff.CreateTable;
import dev.plumb.diff.DropTable;
import dev.plumb.dialect.InspectionScope;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.model.Column;
import dev.plumb.model.Identifier;
import dev.plumb.model.Table;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A column-level check (as a MariaDB application or Hibernate writes it, {@code c varchar(10) check (...)}) survives
 * a {@code modify column} of its column, and a table re-created from the inspected schema has it at the column level
 * again, as the database it was inspected from: on a real MariaDB.
 */
class MariaDbColumnChecksTest {

    /** A table as a MariaDB application writes it: a column-level check and a named table-level one. */
    private static final String PAYMENT = "create table payment (id bigint not null primary key, "
            + "method varchar(20) not null check (method in ('CARD', 'TRANSFER')), "
            + "constraint ck_payment_id check (id > 0)) engine=InnoDB";

    /** Both checks as the catalog lists them: name, level, condition. */
    private static final String[] CHECKS = {"method Column `method` in ('CARD','TRANSFER')",
            "ck_payment_id Table `id` > 0"};

    private final SqlDialect dialect = new MariaDbDialect();

    @Test
    void alteringTheColumnsTypeKeepsItsColumnLevelCheckUpAndDown() throws SQLException {
        try (TestDatabase db = TestDatabase.mariadb()) {
            db.execute(PAYMENT);
            Table payment = inspected(db);
            Column method = column(payment, "method");
            AlterColumn toEnum = new AlterColumn(payment.name(), method, method.withType("enum('CARD','TRANSFER')"));

            execute(db, dialect.renderer().render(toEnum));
            assertThat(checks(db)).containsExactlyInAnyOrder(CHECKS);
            assertThat(column(inspected(db), "method").type()).isEqualTo("enum('CARD','TRANSFER')");

            execute(db, dialect.renderer().render(toEnum.inverse()));
            assertThat(checks(db)).containsExactlyInAnyOrder(CHECKS);
            assertThat(column(inspected(db), "method").type()).isEqualTo("varchar(20)");
        }
    }

    @Test
    void aTableRecreatedFromTheDatabaseHasItsChecksAtTheirLevels() throws SQLException {
        try (TestDatabase db = TestDatabase.mariadb()) {
            db.execute(PAYMENT);
            Table payment = inspected(db);

            execute(db, dialect.renderer().render(new DropTable(payment)));
            execute(db, dialect.renderer().render(new CreateTable(payment)));

            assertThat(checks(db)).containsExactlyInAnyOrder(CHECKS);
            assertThat(inspected(db)).isEqualTo(payment);
        }
    }

    private Table inspected(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return dialect.normalizer().normalize(dialect.inspector().inspect(connection,
                    new InspectionScope(Set.of(), Set.of()))).tables().get(0);
        }
    }

    private static Column column(Table table, String name) {
        return table.columns().stream().filter(c -> c.name().equals(new Identifier(name))).findFirst().orElseThrow();
    }

    private static void execute(TestDatabase db, List<String> statements) {
        db.execute(statements.toArray(String[]::new));
    }

    private static List<String> checks(TestDatabase db) throws SQLException {
        List<String> checks = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select CONSTRAINT_NAME, LEVEL, CHECK_CLAUSE"
                     + " from information_schema.CHECK_CONSTRAINTS where CONSTRAINT_SCHEMA = database()")) {
            while (rows.next()) {
                checks.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
        }
        return checks;
    }
}
