package dev.plumb.diff;

import dev.plumb.dialect.postgres.PostgresDialect;
import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Column;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.PrimaryKey;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;
import dev.plumb.model.UniqueConstraint;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.plumb.diff.TableBuilder.ids;
import static dev.plumb.diff.TableBuilder.index;
import static dev.plumb.diff.TableBuilder.named;
import static dev.plumb.diff.TableBuilder.schema;
import static dev.plumb.diff.TableBuilder.sequence;
import static dev.plumb.diff.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

class SchemaDifferTest {

    private static final QualifiedName CUSTOMER = QualifiedName.of("customer");
    private static final QualifiedName ORDER = QualifiedName.of("order");

    private final SchemaDiffer differ = new PostgresDialect().differ();

    private static TableBuilder customer() {
        return table("customer").identity("id", "bigint").notNull("email", "varchar(255)").column("name", "varchar(50)")
                .primaryKey("id");
    }

    private static TableBuilder order() {
        return table("order").identity("id", "bigint").column("customer_id", "bigint").column("user", "varchar(20)")
                .primaryKey("id");
    }

    private List<Change> diff(Table current, Table desired) {
        return differ.diff(schema(current), schema(desired));
    }

    @Test
    void equalSchemasGiveNoChanges() {
        Schema schema = schema(customer().uniqueNamed("uk_email", "email").check("name <> ''").build(),
                order().foreignKey("customer_id", "customer", "id").index("idx_user", "user desc").build());
        assertThat(differ.diff(schema, schema)).isEmpty();
        assertThat(differ.diff(Schema.EMPTY, Schema.EMPTY)).isEmpty();
    }

    @Nested
    class Tables {

        @Test
        void newTableIsCreatedWithSeparateForeignKeysAndIndexes() {
            Table order = order().unique("user").foreignKey("customer_id", "customer", "id")
                    .index("idx_user", "user").build();

            List<Change> changes = differ.diff(schema(customer().build()), schema(customer().build(), order));

            ForeignKey namedFk = order.foreignKeys().get(0).withName(named("order_customer_id_fkey"));
            assertThat(changes).containsExactlyInAnyOrder(
                    new CreateTable(order),
                    new AddForeignKey(ORDER, namedFk, true),
                    new CreateIndex(ORDER, order.indexes().get(0), true));
            CreateTable create = (CreateTable) changes.stream().filter(c -> c instanceof CreateTable).findFirst()
                    .orElseThrow();
            assertThat(create.table().foreignKeys()).isEmpty();
            assertThat(create.table().uniqueConstraints())
                    .as("constraints inside create table stay unnamed, like Hibernate's DDL")
                    .containsExactly(new UniqueConstraint(Optional.empty(), ids("user")));
        }

        @Test
        void droppedTableDropsItsForeignKeysAndIndexesAndTheForeignKeysPointingAtIt() {
            ForeignKey toCustomer = new ForeignKey(named("fk_order_customer"), ids("customer_id"), CUSTOMER,
                    ids("id"), ReferentialAction.NO_ACTION);
            Table customerWithFk = customer().column("best_order_id", "bigint")
                    .foreignKey(new ForeignKey(named("fk_best_order"), ids("best_order_id"), ORDER, ids("id"),
                            ReferentialAction.SET_NULL))
                    .build();
            Table order = order().foreignKey(toCustomer).index("idx_user", "user").build();
            Table customerWithoutFk = customer().column("best_order_id", "bigint").build();

            List<Change> changes = differ.diff(schema(customerWithFk, order), schema(customerWithoutFk));

            assertThat(changes).containsExactlyInAnyOrder(
                    new DropTable(order),
                    new DropForeignKey(ORDER, toCustomer, true),
                    new DropIndex(ORDER, order.indexes().get(0), true),
                    new DropForeignKey(CUSTOMER, customerWithFk.foreignKeys().get(0)));
        }

        @Test
        void tablesInOtherNamespacesAreDifferentTables() {
            Table app = table("app", "customer").notNull("id", "bigint").build();
            Table plain = table("customer").notNull("id", "bigint").build();
            assertThat(diff(plain, app)).containsExactlyInAnyOrder(new CreateTable(app), new DropTable(plain));
        }
    }

    @Nested
    class Columns {

        @Test
        void addedAndDroppedColumns() {
            Table current = customer().column("old", "integer").build();
            Table desired = customer().column("fresh", "boolean").build();
            assertThat(diff(current, desired)).containsExactly(
                    new AddColumn(CUSTOMER, Column.of("fresh", "boolean", true)),
                    new DropColumn(CUSTOMER, Column.of("old", "integer", true)));
        }

        @Test
        void everyAspectOfAColumnIsDetected() {
            Column base = Column.of("name", "varchar(50)", true);
            for (Column changed : List.of(base.withType("varchar(100)"), base.withNullable(false),
                    base.withDefault("'x'"), base.withIdentity(true))) {
                Table current = table("customer").column(base).build();
                Table desired = table("customer").column(changed).build();
                assertThat(diff(current, desired)).containsExactly(new AlterColumn(CUSTOMER, base, changed));
            }
        }

        @Test
        void columnOrderIsNotAChange() {
            Table current = table("customer").column("a", "integer").column("b", "integer").build();
            Table desired = table("customer").column("b", "integer").column("a", "integer").build();
            assertThat(diff(current, desired)).isEmpty();
        }
    }

    @Nested
    class PrimaryKeys {

        @Test
        void matchedByColumnsNotByName() {
            Table current = customer().primaryKeyNamed("customer_pkey", "id").build();
            assertThat(diff(current, customer().build())).isEmpty();
            assertThat(diff(current, customer().primaryKeyNamed("other", "id").build())).isEmpty();
        }

        /** Hibernate's column ordering decides the order; an older database has another, and that is no change. */
        @Test
        void sameColumnsInAnotherOrderAreNoChange() {
            Table current = customer().primaryKey("email, id").build();
            assertThat(diff(current, customer().primaryKey("id, email").build())).isEmpty();
        }

        @Test
        void changedColumnsDropTheRealNameAndAddADefaultName() {
            Table current = customer().primaryKeyNamed("CONSTRAINT_8", "id").build();
            Table desired = customer().primaryKey("id, email").build();
            assertThat(diff(current, desired)).containsExactlyInAnyOrder(
                    new DropPrimaryKey(CUSTOMER, new PrimaryKey(named("CONSTRAINT_8"), ids("id"))),
                    new AddPrimaryKey(CUSTOMER, new PrimaryKey(named("customer_pkey"), ids("id, email"))));
        }

        @Test
        void addedAndRemoved() {
            Table without = table("customer").notNull("id", "bigint").build();
            Table with = table("customer").notNull("id", "bigint").primaryKeyNamed("pk_c", "id").build();
            assertThat(diff(without, with)).containsExactly(
                    new AddPrimaryKey(CUSTOMER, new PrimaryKey(named("pk_c"), ids("id"))));
            assertThat(diff(with, without)).containsExactly(
                    new DropPrimaryKey(CUSTOMER, new PrimaryKey(named("pk_c"), ids("id"))));
        }
    }

    @Nested
    class UniqueConstraints {

        @Test
        void unnamedDesiredMatchesWhateverNameTheDatabaseChose() {
            Table current = customer().uniqueNamed("customer_email_key", "email").build();
            assertThat(diff(current, customer().unique("email").build())).isEmpty();
        }

        @Test
        void addedToAnExistingTableGetsPostgresDefaultName() {
            assertThat(diff(customer().build(), customer().unique("email, name").build())).containsExactly(
                    new AddUniqueConstraint(CUSTOMER,
                            new UniqueConstraint(named("customer_email_name_key"), ids("email, name"))));
        }

        @Test
        void defaultNameFollowsTheCaseOfTheTableName() {
            Table current = table("CUSTOMER").notNull("EMAIL", "varchar(255)").build();
            Table desired = table("CUSTOMER").notNull("EMAIL", "varchar(255)").unique("EMAIL").build();
            assertThat(diff(current, desired)).containsExactly(new AddUniqueConstraint(QualifiedName.of("CUSTOMER"),
                    new UniqueConstraint(named("CUSTOMER_EMAIL_KEY"), ids("EMAIL"))));
        }

        @Test
        void explicitNameThatDiffersIsARename() {
            Table current = customer().uniqueNamed("customer_email_key", "email").build();
            Table desired = customer().uniqueNamed("uk_email", "email").build();
            assertThat(diff(current, desired)).containsExactly(new RenameConstraint(CUSTOMER,
                    RenameConstraint.Kind.UNIQUE, Identifier.of("customer_email_key"), Identifier.of("uk_email")));
        }

        @Test
        void removedAndChangedColumns() {
            Table current = customer().uniqueNamed("uk", "email").build();
            Table desired = customer().unique("email, name").build();
            assertThat(diff(current, desired)).containsExactlyInAnyOrder(
                    new DropUniqueConstraint(CUSTOMER, current.uniqueConstraints().get(0)),
                    new AddUniqueConstraint(CUSTOMER,
                            new UniqueConstraint(named("customer_email_name_key"), ids("email, name"))));
        }

        @Test
        void namedDesiredIsPairedBeforeAnUnnamedTwin() {
            Table current = customer().uniqueNamed("a_key", "email").uniqueNamed("uk_email", "email").build();
            Table desired = customer().unique("email").uniqueNamed("uk_email", "email").build();
            assertThat(diff(current, desired)).isEmpty();
        }
    }

    @Nested
    class ForeignKeys {

        private final Table customer = customer().build();

        private Schema withFk(ForeignKey fk) {
            return schema(customer, order().foreignKey(fk).build());
        }

        private ForeignKey fk(Optional<dev.plumb.model.Identifier> name, ReferentialAction onDelete) {
            return new ForeignKey(name, ids("customer_id"), CUSTOMER, ids("id"), onDelete);
        }

        @Test
        void unnamedDesiredMatchesNamedCurrent() {
            ForeignKey current = fk(named("FKabc123"), ReferentialAction.NO_ACTION);
            ForeignKey desired = fk(Optional.empty(), ReferentialAction.NO_ACTION);
            assertThat(differ.diff(withFk(current), withFk(desired))).isEmpty();
        }

        @Test
        void changedOnDeleteIsDropAndAdd() {
            ForeignKey current = fk(named("FKabc123"), ReferentialAction.NO_ACTION);
            ForeignKey desired = fk(named("FKabc123"), ReferentialAction.CASCADE);
            assertThat(differ.diff(withFk(current), withFk(desired))).containsExactlyInAnyOrder(
                    new DropForeignKey(ORDER, current), new AddForeignKey(ORDER, desired));
        }

        @Test
        void changedDesiredNameIsARename() {
            ForeignKey current = fk(named("FKabc123"), ReferentialAction.NO_ACTION);
            ForeignKey desired = fk(named("FKxyz"), ReferentialAction.NO_ACTION);
            assertThat(differ.diff(withFk(current), withFk(desired))).containsExactly(new RenameConstraint(ORDER,
                    RenameConstraint.Kind.FOREIGN_KEY, Identifier.of("FKabc123"), Identifier.of("FKxyz")));
        }

        @Test
        void addedToExistingTableGetsDefaultName() {
            ForeignKey desired = fk(Optional.empty(), ReferentialAction.SET_NULL);
            assertThat(differ.diff(schema(customer, order().build()), withFk(desired))).containsExactly(
                    new AddForeignKey(ORDER, desired.withName(named("order_customer_id_fkey"))));
        }

        @Test
        void differentReferencedTableIsAnotherForeignKey() {
            ForeignKey current = fk(named("fk1"), ReferentialAction.NO_ACTION);
            ForeignKey desired = new ForeignKey(named("fk1"), ids("customer_id"), QualifiedName.of("client"),
                    ids("id"), ReferentialAction.NO_ACTION);
            assertThat(differ.diff(withFk(current), withFk(desired))).containsExactlyInAnyOrder(
                    new DropForeignKey(ORDER, current), new AddForeignKey(ORDER, desired));
        }
    }

    @Nested
    class Checks {

        @Test
        void matchedByExpression() {
            Table current = customer().checkNamed("customer_name_check", "name <> ''").build();
            assertThat(diff(current, customer().check("name <> ''").build())).isEmpty();
        }

        @Test
        void addedWithTheColumnNameWhenItReferencesOneColumn() {
            assertThat(diff(customer().build(), customer().check("(name)::text <> 'x'").build()))
                    .containsExactly(new AddCheckConstraint(CUSTOMER,
                            new CheckConstraint(named("customer_name_check"), "(name)::text <> 'x'")));
        }

        @Test
        void addedWithTableNameOnlyWhenItReferencesSeveralColumns() {
            assertThat(diff(customer().build(), customer().check("name <> email").build()))
                    .containsExactly(new AddCheckConstraint(CUSTOMER,
                            new CheckConstraint(named("customer_check"), "name <> email")));
        }

        @Test
        void changedExpressionIsDropAndAddChangedExplicitNameARename() {
            Table current = customer().checkNamed("ck", "name <> ''").build();
            Table changedExpression = customer().checkNamed("ck", "name <> '-'").build();
            Table changedName = customer().checkNamed("ck2", "name <> ''").build();
            assertThat(diff(current, changedExpression)).containsExactlyInAnyOrder(
                    new DropCheckConstraint(CUSTOMER, current.checks().get(0)),
                    new AddCheckConstraint(CUSTOMER, changedExpression.checks().get(0)));
            assertThat(diff(current, changedName)).containsExactly(new RenameConstraint(CUSTOMER,
                    RenameConstraint.Kind.CHECK, Identifier.of("ck"), Identifier.of("ck2")));
        }
    }

    @Nested
    class Indexes {

        @Test
        void addedDroppedAndChanged() {
            Table current = customer().index("idx_name", "name").index("idx_old", "email").build();
            Table desired = customer().index("idx_name", "name desc").uniqueIndex("idx_new", "email").build();
            assertThat(diff(current, desired)).containsExactlyInAnyOrder(
                    new DropIndex(CUSTOMER, index("idx_name", "name", false)),
                    new CreateIndex(CUSTOMER, index("idx_name", "name desc", false)),
                    new DropIndex(CUSTOMER, index("idx_old", "email", false)),
                    new CreateIndex(CUSTOMER, index("idx_new", "email", true)));
        }

        @Test
        void renamedIndexIsRenamed() {
            Table current = customer().index("idx_a", "name").build();
            Table desired = customer().index("idx_b", "name").build();
            assertThat(diff(current, desired)).containsExactly(
                    new RenameIndex(CUSTOMER, Identifier.of("idx_a"), Identifier.of("idx_b")));
        }
    }

    @Test
    void sequencesAreCreatedDroppedAndAltered() {
        Schema current = schema(List.of(), sequence("keep", 1, 50), sequence("gone", 1, 1), sequence("alter", 1, 50));
        Schema desired = schema(List.of(), sequence("keep", 1, 50), sequence("fresh", 1, 50), sequence("alter", 5, 10));
        assertThat(differ.diff(current, desired)).containsExactlyInAnyOrder(
                new CreateSequence(sequence("fresh", 1, 50)),
                new DropSequence(sequence("gone", 1, 1)),
                new AlterSequence(sequence("alter", 1, 50), sequence("alter", 5, 10)));
    }

    @Test
    void outputIsDeterministicWhateverTheInputOrder() {
        Table current = customer().uniqueNamed("b", "name").uniqueNamed("a", "email").check("x > 0").build();
        Table desired = customer().column("z", "integer").column("y", "integer").check("y > 0").check("z > 0")
                .build();
        Table desiredReordered = customer().column("y", "integer").column("z", "integer").check("z > 0")
                .check("y > 0").build();
        Table currentReordered = customer().uniqueNamed("a", "email").uniqueNamed("b", "name").check("x > 0").build();
        List<Change> first = diff(current, desired);
        assertThat(first).hasSize(7);
        assertThat(diff(currentReordered, desiredReordered)).containsExactlyElementsOf(first);
        assertThat(first).isSortedAccordingTo(ChangeSubject.ORDER);
    }
}
