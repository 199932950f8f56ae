package dev.plumb.dialect.postgres;

import dev.plumb.diff.AddCheckConstraint;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.plumb.diff.TableBuilder.ids;
import static dev.plumb.diff.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

/** The names must be the ones PostgreSQL 15 picks itself; the expected values were read from a real server. */
class PostgresConstraintNamingTest {

    private final PostgresConstraintNaming naming = new PostgresConstraintNaming();

    @Test
    void postgresDefaultNames() {
        QualifiedName order = QualifiedName.of("order");
        assertThat(naming.primaryKey(order)).isEqualTo(new Identifier("order_pkey"));
        assertThat(naming.unique(order, ids("a, b"))).isEqualTo(new Identifier("order_a_b_key"));
        assertThat(naming.foreignKey(order, ids("customer_id"))).isEqualTo(
                new Identifier("order_customer_id_fkey"));
    }

    @Test
    void longNamesAreShortenedLikePostgresMakeObjectName() {
        String longTable = "t".repeat(40);
        String longColumn = "c".repeat(40);
        Identifier name = naming.unique(QualifiedName.of(longTable), ids(longColumn));
        // PostgreSQL: create table ttt...(40) (ccc...(40) int unique) names it t*29 _ c*29 _key
        assertThat(name.value()).isEqualTo("t".repeat(29) + "_" + "c".repeat(29) + "_key").hasSize(63);
        assertThat(naming.primaryKey(QualifiedName.of("p".repeat(70))).value())
                .isEqualTo("p".repeat(58) + "_pkey");
    }

    /** PostgreSQL numbers a taken name: two checks on one column become note_check and note_check1. */
    @Test
    void twoUnnamedChecksOnOneColumnAddedToATableGetNumberedNames() {
        Table current = table("t").column("note", "integer").build();
        Table desired = table("t").column("note", "integer").check("note >= 0").check("note is null or note < 9")
                .build();
        assertThat(new PostgresDialect().differ().diff(new Schema(List.of(current), List.of()),
                new Schema(List.of(desired), List.of())))
                .extracting(c -> ((AddCheckConstraint) c).check().name().orElseThrow().value())
                .containsExactlyInAnyOrder("t_note_check", "t_note_check1");
    }
}
