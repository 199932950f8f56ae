package dev.plumb.reader;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Column;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.Index;
import dev.plumb.model.IndexColumn;
import dev.plumb.model.PrimaryKey;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.Schema;
import dev.plumb.model.SqlExpression;
import dev.plumb.model.Sequence;
import dev.plumb.model.Table;
import dev.plumb.model.UniqueConstraint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.plumb.reader.ReaderFixtures.H2;
import static dev.plumb.reader.ReaderFixtures.POSTGRES;
import static dev.plumb.reader.ReaderFixtures.fixtures;
import static org.assertj.core.api.Assertions.assertThat;

class HibernateModelReaderTest {

    private static Schema postgres;
    private static Schema h2;

    @BeforeAll
    static void read() {
        HibernateModelReader reader = new HibernateModelReader();
        postgres = reader.read(fixtures(), POSTGRES);
        h2 = reader.read(fixtures(), H2);
    }

    private static Table table(Schema schema, String name) {
        return schema.table(QualifiedName.of(name)).orElseThrow(() -> new AssertionError(
                "no table " + name + " in " + schema.tables().stream().map(Table::name).toList()));
    }

    private static Column column(Table table, String name) {
        return table.column(Identifier.of(name)).orElseThrow(() -> new AssertionError(
                "no column " + name + " in " + table.columns()));
    }

    private static ForeignKey foreignKey(Table table, String column) {
        return table.foreignKeys().stream()
                .filter(fk -> fk.columns().equals(List.of(Identifier.of(column))))
                .findFirst().orElseThrow(() -> new AssertionError("no FK on " + column + " in " + table));
    }

    @Test
    void readsEveryTableIncludingJoinTablesWithFoldedNames() {
        assertThat(postgres.tables()).extracting(t -> t.name().name().value())
                .containsExactly("customer", "order", "order_line", "product", "product_tag", "tag");
        assertThat(h2.tables()).extracting(t -> t.name().name().value())
                .containsExactlyInAnyOrder("CUSTOMER", "order", "ORDER_LINE", "PRODUCT", "PRODUCT_TAG", "TAG");
        assertThat(postgres.tables()).allMatch(t -> t.name().namespace().isEmpty());
    }

    @Test
    void quotedReservedTableNameKeepsItsCaseOnH2() {
        Table order = table(h2, "order");
        // Hibernate's default column ordering: fixed-size types first, then by size and name.
        assertThat(order.columns()).extracting(c -> c.name().value())
                .containsExactly("TOTAL", "CUSTOMER_ID", "ID", "PLACED_AT", "ORDER_NUMBER");
    }

    @Test
    void identityColumnHasPlainTypeAndPrimaryKeyWithoutName() {
        Table customer = table(postgres, "customer");
        assertThat(column(customer, "id")).isEqualTo(new Column(Identifier.of("id"), "bigint", false,
                Optional.empty(), true));
        assertThat(customer.primaryKey()).contains(new PrimaryKey(Optional.empty(), List.of(Identifier.of("id"))));
        assertThat(column(table(postgres, "order"), "id").identity()).isFalse();
    }

    @Test
    void columnsCarryRawTypesNullabilityAndDefaults() {
        Table customer = table(postgres, "customer");
        assertThat(customer.columns()).extracting(c -> c.name().value())
                .containsExactly("version", "vip", "createdat", "id", "status", "email");
        assertThat(column(customer, "vip")).isEqualTo(Column.of("vip", "boolean", false).withDefault("false"));
        assertThat(column(customer, "version").type()).isEqualTo("integer");
        assertThat(column(customer, "version").nullable()).isFalse();
        assertThat(column(customer, "createdat").type()).isEqualTo("timestamp(6) with time zone");
        assertThat(column(customer, "email")).isEqualTo(Column.of("email", "varchar(200)", false));
        Column total = column(table(postgres, "order"), "total");
        assertThat(total).isEqualTo(Column.of("total", "numeric(19,2)", true));
    }

    @Test
    void enumIsACheckOnPostgresAndANativeTypeOnH2() {
        Table customer = table(postgres, "customer");
        assertThat(column(customer, "status").type()).isEqualTo("varchar(20)");
        assertThat(customer.checks()).containsExactly(
                new CheckConstraint(Optional.empty(), "status in ('ACTIVE','SUSPENDED','CLOSED')"));
        Table h2Customer = table(h2, "CUSTOMER");
        assertThat(column(h2Customer, "STATUS").type()).isEqualTo("enum ('ACTIVE','CLOSED','SUSPENDED')");
        assertThat(h2Customer.checks()).isEmpty();
    }

    @Test
    void uniqueConstraintsAreNamedOnlyWhenTheMappingNamesThem() {
        assertThat(table(postgres, "customer").uniqueConstraints()).containsExactly(
                new UniqueConstraint(Optional.empty(), List.of(Identifier.of("email"))));
        assertThat(table(postgres, "order").uniqueConstraints()).containsExactly(
                new UniqueConstraint(Optional.of(Identifier.of("uk_order_customer_number")),
                        List.of(Identifier.of("customer_id"), Identifier.of("order_number"))));
        assertThat(table(h2, "order").uniqueConstraints()).extracting(UniqueConstraint::name)
                .containsExactly(Optional.of(Identifier.of("UK_ORDER_CUSTOMER_NUMBER")));
        assertThat(table(postgres, "product").uniqueConstraints()).isEmpty();
    }

    @Test
    void foreignKeysHaveHibernatesNamesTargetsAndDeleteActions() {
        ForeignKey explicit = foreignKey(table(postgres, "order"), "customer_id");
        assertThat(explicit).isEqualTo(new ForeignKey(Optional.of(Identifier.of("fk_order_customer")),
                List.of(Identifier.of("customer_id")), QualifiedName.of("customer"), List.of(Identifier.of("id")),
                ReferentialAction.NO_ACTION));

        ForeignKey cascade = foreignKey(table(postgres, "order_line"), "order_id");
        assertThat(cascade.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(cascade.referencedTable()).isEqualTo(QualifiedName.of("order"));
        // a generated hash name, written bare by Hibernate and therefore folded
        assertThat(cascade.name()).hasValueSatisfying(n -> assertThat(n.value()).matches("fk[0-9a-z]{20,}"));

        ForeignKey h2Cascade = foreignKey(table(h2, "ORDER_LINE"), "ORDER_ID");
        assertThat(h2Cascade.referencedTable()).isEqualTo(QualifiedName.of("order"));
        assertThat(h2Cascade.name().orElseThrow().value())
                .isEqualTo(cascade.name().orElseThrow().value().toUpperCase());
        assertThat(foreignKey(table(h2, "ORDER_LINE"), "PRODUCT_ID").onDelete())
                .isEqualTo(ReferentialAction.NO_ACTION);
    }

    @Test
    void joinTableHasCompositeKeyAndTwoForeignKeys() {
        Table join = table(postgres, "product_tag");
        assertThat(join.primaryKey().orElseThrow().columns())
                .containsExactly(Identifier.of("product_id"), Identifier.of("tag_id"));
        assertThat(join.foreignKeys()).extracting(ForeignKey::referencedTable)
                .containsExactlyInAnyOrder(QualifiedName.of("product"), QualifiedName.of("tag"));
    }

    @Test
    void indexKeepsNameOrderAndDirection() {
        assertThat(table(postgres, "order").indexes()).containsExactly(new Index(Identifier.of("idx_order_placed"),
                List.of(new IndexColumn(Identifier.of("placed_at"), true), IndexColumn.ascending("order_number")),
                false));
        assertThat(table(h2, "order").indexes()).extracting(Index::name)
                .containsExactly(Identifier.of("IDX_ORDER_PLACED"));
    }

    @Test
    void sequenceHasFoldedNameAndAllocationSizeAsIncrement() {
        assertThat(postgres.sequences()).containsExactly(new Sequence(QualifiedName.of("order_seq"), 1, 50));
        assertThat(h2.sequences()).containsExactly(new Sequence(QualifiedName.of("ORDER_SEQ"), 1, 50));
    }

    @Test
    void physicalNamingStrategyFromTheSettingsIsHonoured() {
        Schema snake = new HibernateModelReader().read(fixtures(Map.of("hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")), POSTGRES);
        Table customer = table(snake, "customer");
        assertThat(customer.column(Identifier.of("created_at"))).isPresent();
        assertThat(customer.column(Identifier.of("createdat"))).isEmpty();
        assertThat(foreignKey(table(snake, "order"), "customer_id").name())
                .contains(Identifier.of("fk_order_customer"));
    }

    @Test
    void defaultSchemaSettingQualifiesTablesAndSequences() {
        Schema qualified = new HibernateModelReader().read(fixtures(Map.of("hibernate.default_schema", "App")),
                POSTGRES);
        assertThat(qualified.tables()).allMatch(t -> t.name().namespace().equals(Optional.of(Identifier.of("app"))));
        assertThat(qualified.sequences()).extracting(Sequence::name)
                .containsExactly(QualifiedName.of("app", "order_seq"));
        assertThat(foreignKey(qualified.table(QualifiedName.of("app", "order_line")).orElseThrow(), "order_id")
                .referencedTable()).isEqualTo(QualifiedName.of("app", "order"));
    }

    @Test
    void restoresTheContextClassLoader() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        new HibernateModelReader().read(fixtures(), H2);
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }
}
