package dev.plumb.plan;

import dev.plumb.dialect.postgres.PostgresDialect;
import dev.plumb.diff.AddColumn;
import dev.plumb.diff.AddForeignKey;
import dev.plumb.diff.AddPrimaryKey;
import dev.plumb.diff.AlterColumn;
import dev.plumb.diff.Change;
import dev.plumb.diff.CreateIndex;
import dev.plumb.diff.CreateSequence;
import dev.plumb.diff.CreateTable;
import dev.plumb.diff.DropColumn;
import dev.plumb.diff.DropForeignKey;
import dev.plumb.diff.DropIndex;
import dev.plumb.diff.DropPrimaryKey;
import dev.plumb.diff.DropSequence;
import dev.plumb.diff.DropTable;
import dev.plumb.diff.SchemaDiffer;
import dev.plumb.diff.TableBuilder;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static dev.plumb.diff.TableBuilder.schema;
import static dev.plumb.diff.TableBuilder.sequence;
import static dev.plumb.diff.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

class MigrationPlannerTest {

    private final SchemaDiffer differ = new PostgresDialect().differ();
    private final MigrationPlanner planner = new MigrationPlanner();

    private MigrationPlan plan(Schema current, Schema desired) {
        return planner.plan(differ.diff(current, desired));
    }

    private static List<Class<?>> kinds(List<Change> changes) {
        return changes.stream().<Class<?>>map(Object::getClass).toList();
    }

    private static Table a(boolean withFk) {
        TableBuilder a = table("a").identity("id", "bigint").column("b_id", "bigint").primaryKey("id");
        return (withFk ? a.foreignKey("b_id", "b", "id") : a).build();
    }

    private static Table b(boolean withFk) {
        TableBuilder b = table("b").identity("id", "bigint").column("a_id", "bigint").primaryKey("id");
        return (withFk ? b.foreignKey("a_id", "a", "id") : b).build();
    }

    @Test
    void cycleBetweenTwoTablesIsCreatedTablesFirstAndDroppedForeignKeysFirst() {
        MigrationPlan plan = plan(Schema.EMPTY, schema(a(true), b(true)));

        assertThat(plan.up()).extracting(Change::describe).containsExactly(
                "+ table a", "+ table b", "+ foreign key a (b_id) references b", "+ foreign key b (a_id) references a");
        assertThat(plan.down()).extracting(Change::describe).containsExactly(
                "- foreign key b (a_id) references a", "- foreign key a (b_id) references b", "- table b", "- table a");
    }

    @Test
    void droppingAReferencedTableDropsTheForeignKeyFirst() {
        Table customer = table("customer").identity("id", "bigint").primaryKey("id").build();
        Table order = table("order").identity("id", "bigint").column("customer_id", "bigint").primaryKey("id")
                .foreignKey("customer_id", "customer", "id").index("idx_customer", "customer_id").build();
        Table orderAlone = table("order").identity("id", "bigint").column("customer_id", "bigint")
                .primaryKey("id").index("idx_customer", "customer_id").build();

        MigrationPlan plan = plan(schema(customer, order), schema(orderAlone));

        assertThat(kinds(plan.up())).containsExactly(DropForeignKey.class, DropTable.class);
        assertThat(kinds(plan.down())).containsExactly(CreateTable.class, AddForeignKey.class);
    }

    @Test
    void phasesAreOrderedSoEveryStepHasWhatItNeeds() {
        Table current = table("t").column("id", "bigint").column("old", "integer").column("ref", "bigint")
                .primaryKeyNamed("t_pkey", "old").foreignKey("ref", "gone", "id").index("idx_old", "old").build();
        Table gone = table("gone").identity("id", "bigint").primaryKey("id").build();
        Table desired = table("t").notNull("id", "bigint").column("fresh", "integer").column("ref", "bigint")
                .primaryKey("id").index("idx_fresh", "fresh").foreignKey("ref", "other", "id").build();
        Table other = table("other").identity("id", "bigint").primaryKey("id").build();

        MigrationPlan plan = plan(schema(List.of(current, gone), sequence("old_seq", 1, 1)),
                schema(List.of(desired, other), sequence("new_seq", 1, 50)));

        assertThat(kinds(plan.up())).containsExactly(
                DropForeignKey.class, DropIndex.class, DropPrimaryKey.class, DropColumn.class, DropTable.class,
                CreateSequence.class, CreateTable.class, AddColumn.class, AlterColumn.class, AddPrimaryKey.class,
                CreateIndex.class, AddForeignKey.class, DropSequence.class);
        assertThat(kinds(plan.down())).containsExactly(
                CreateSequence.class, DropForeignKey.class, DropIndex.class, DropPrimaryKey.class,
                AlterColumn.class, DropColumn.class, DropTable.class, DropSequence.class, CreateTable.class,
                AddColumn.class, AddPrimaryKey.class, CreateIndex.class, AddForeignKey.class);
    }

    @Test
    void downIsTheInversesInReverseOrder() {
        MigrationPlan plan = plan(schema(a(false)), schema(a(true), b(true)));
        List<Change> expected = new ArrayList<>(plan.up().stream().map(Change::inverse).toList());
        Collections.reverse(expected);
        assertThat(plan.down()).isEqualTo(expected);
    }

    @Test
    void orderInsideAPhaseDoesNotDependOnInputOrder() {
        List<Change> changes = differ.diff(Schema.EMPTY, schema(b(true), a(true),
                table("c").notNull("x", "integer").index("ix2", "x").index("ix1", "x").build()));
        MigrationPlan reference = planner.plan(changes);
        IntStream.range(0, 5).forEach(seed -> {
            List<Change> shuffled = new ArrayList<>(changes);
            Collections.shuffle(shuffled, new java.util.Random(seed));
            assertThat(planner.plan(shuffled)).isEqualTo(reference);
        });
        assertThat(reference.up()).extracting(Change::describe).startsWith("+ table a", "+ table b", "+ table c");
    }

    @Test
    void emptyDiffGivesEmptyPlan() {
        assertThat(planner.plan(List.of()).isEmpty()).isTrue();
    }
}
