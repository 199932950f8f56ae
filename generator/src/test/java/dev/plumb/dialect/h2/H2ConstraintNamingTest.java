package dev.plumb.dialect.h2;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Table;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.plumb.diff.TableBuilder.ids;
import static dev.plumb.diff.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2's names for added constraints keep PostgreSQL's form in H2's upper case, cut at 63 bytes as they always were:
 * the names H2 databases altered by earlier versions hold.
 */
class H2ConstraintNamingTest {

    private final H2ConstraintNaming naming = new H2ConstraintNaming();

    @Test
    void checkNamesItsOnlyColumnIgnoringLiteralsAndCase() {
        Table table = table("CUSTOMER").column("STATUS", "varchar(10)").column("NAME", "varchar(10)").build();
        assertThat(naming.check(table, check("\"STATUS\" IN('NAME', 'X')")))
                .isEqualTo(new Identifier("CUSTOMER_STATUS_CHECK"));
        assertThat(naming.check(table, check("status <> name"))).isEqualTo(new Identifier("CUSTOMER_CHECK"));
        assertThat(naming.check(table, check("1 = 1"))).isEqualTo(new Identifier("CUSTOMER_CHECK"));
    }

    @Test
    void upperCaseTablesGetUpperCaseSuffixesCutAtSixtyThreeBytes() {
        QualifiedName orders = QualifiedName.of("ORDERS");
        assertThat(naming.primaryKey(orders)).isEqualTo(new Identifier("ORDERS_PKEY"));
        assertThat(naming.unique(orders, ids("A, B"))).isEqualTo(new Identifier("ORDERS_A_B_KEY"));
        assertThat(naming.foreignKey(orders, ids("CUSTOMER_ID"))).isEqualTo(new Identifier("ORDERS_CUSTOMER_ID_FKEY"));
        assertThat(naming.unique(QualifiedName.of("T".repeat(40)), ids("C".repeat(40))).value())
                .isEqualTo("T".repeat(29) + "_" + "C".repeat(29) + "_KEY");
    }

    private static CheckConstraint check(String expression) {
        return new CheckConstraint(Optional.empty(), expression);
    }
}
