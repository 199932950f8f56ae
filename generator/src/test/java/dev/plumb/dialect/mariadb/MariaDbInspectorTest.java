package dev.plumb.dialect.mariadb;

import dev.plumb.dialect.InspectionScope;
import dev.plumb.dialect.InspectorContract;
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
import dev.plumb.model.Sequence;
import dev.plumb.model.SqlExpression;
import dev.plumb.model.Table;
import dev.plumb.model.UniqueConstraint;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Inspects DDL written the way Hibernate 7 writes it for MariaDB and compares with the entity-side model. */
class MariaDbInspectorTest extends InspectorContract {

    private static final InspectionScope SCOPE = new InspectionScope(Set.of(), Set.of("plumb_history"));

    /** Hibernate 7.4's MariaDB DDL for the model below (MariaDBDialect: bit, datetime(6), json, enum, nocache). */
    private static final String[] HIBERNATE_DDL = {
            "create sequence customer_seq start with 1 increment by 50 nocache",
            "create table customer (id bigint not null, active bit default 0 not null, balance decimal(19,2), "
                    + "birth datetime(6), code char(1), created_at datetime(6), doc json, email varchar(255), "
                    + "first_name varchar(255), label varchar(20) default 'x', last_name varchar(255), "
                    + "notes longtext, photo varbinary(255), priority tinyint check (priority between 0 and 2), "
                    + "rating float(53), score float(24), status enum ('ACTIVE','CLOSED','SUSPENDED'), uid uuid, "
                    + "wake time, kind varchar(16) not null check (kind in ('CARD','BANK')), primary key (id)) "
                    + "engine=InnoDB",
            "alter table customer add constraint UKfirstlast unique (first_name, last_name)",
            "alter table customer add constraint UKemail unique (email)",
            "create table `order` (id bigint not null auto_increment, customer_id bigint not null, "
                    + "note varchar(255), placed_at datetime(6), `user` varchar(64) check (`user` <> 'root'), "
                    + "primary key (id)) engine=InnoDB",
            "create table order_line (id bigint not null, order_id bigint, primary key (id)) engine=InnoDB",
            "create index idx_order_placed on `order` (placed_at desc, customer_id)",
            "alter table `order` add constraint FK_order_customer foreign key (customer_id) references customer (id) "
                    + "on delete cascade",
            "alter table order_line add constraint FK_line_order foreign key (order_id) references `order` (id)",
            "create table plumb_history (version varchar(50) not null, primary key (version)) engine=InnoDB",
    };

    private String other;

    MariaDbInspectorTest() {
        super(new MariaDbDialect(), TestDatabase::mariadb);
    }

    @AfterEach
    void dropOtherDatabase() {
        if (other != null) {
            MariaDbTestDatabases.drop(db, other);
        }
    }

    @Override
    protected String otherSchema() {
        other = MariaDbTestDatabases.beside(db, "other");
        return other;
    }

    @Override
    protected String defaultSchema() {
        return MariaDbTestDatabases.name(db);
    }

    @Override
    protected String[] hibernateDdl() {
        return HIBERNATE_DDL;
    }

    @Override
    protected InspectionScope scope() {
        return SCOPE;
    }

    /** current schema, checks, columns, keys, indexes, namespaces, sequences, and one union over the sequences. */
    @Override
    protected int queryCount() {
        return 8;
    }

    @Override
    protected String[] tables(int from, int to) {
        List<String> statements = new ArrayList<>();
        for (int i = from; i < to; i++) {
            statements.add("create table t" + i + " (id bigint primary key, name varchar(10) unique, ref bigint, "
                    + "flag tinyint check (flag between 0 and 1), state enum ('A','B'), "
                    + "foreign key (ref) references customer (id))");
            statements.add("create index ix_t" + i + " on t" + i + " (name desc)");
        }
        return statements.toArray(String[]::new);
    }

    /** The model as the entity side describes it: Hibernate's raw spellings, names as written. */
    @Override
    protected Schema entityModel() {
        Table customer = new Table(QualifiedName.of("customer"), List.of(
                Column.of("id", "bigint", false),
                Column.of("active", "bit", false).withDefault("false"),
                Column.of("balance", "decimal(19,2)", true),
                Column.of("birth", "datetime(6)", true),
                Column.of("code", "char(1)", true),
                Column.of("created_at", "datetime(6)", true),
                Column.of("doc", "json", true),
                Column.of("email", "varchar(255)", true),
                Column.of("first_name", "varchar(255)", true),
                Column.of("label", "varchar(20)", true).withDefault("'x'"),
                Column.of("last_name", "varchar(255)", true),
                Column.of("notes", "longtext", true),
                Column.of("photo", "varbinary(255)", true),
                Column.of("priority", "tinyint", true),
                Column.of("rating", "float(53)", true),
                Column.of("score", "float(24)", true),
                Column.of("status", "enum ('ACTIVE','CLOSED','SUSPENDED')", true),
                Column.of("uid", "uuid", true),
                Column.of("wake", "time", true),
                Column.of("kind", "varchar(16)", false)),
                Optional.of(new PrimaryKey(Optional.empty(), ids("id"))),
                List.of(new UniqueConstraint(Optional.empty(), ids("first_name", "last_name")),
                        new UniqueConstraint(Optional.empty(), ids("email"))),
                List.of(),
                List.of(new CheckConstraint(Optional.empty(), "(kind in ('CARD','BANK'))"),
                        new CheckConstraint(Optional.empty(), "(priority between 0 and 2)")),
                List.of());
        Table order = new Table(QualifiedName.of("order"), List.of(
                Column.of("id", "bigint", false).withIdentity(true),
                Column.of("customer_id", "bigint", false),
                Column.of("note", "varchar(255)", true),
                Column.of("placed_at", "datetime(6)", true),
                Column.of("user", "varchar(64)", true)),
                Optional.of(new PrimaryKey(Optional.empty(), ids("id"))),
                List.of(),
                List.of(new ForeignKey(Optional.of(id("FK_order_customer")), ids("customer_id"),
                        QualifiedName.of("customer"), ids("id"), ReferentialAction.CASCADE)),
                List.of(new CheckConstraint(Optional.empty(), "`user` <> 'root'")),
                List.of(new Index(id("idx_order_placed"), List.of(new IndexColumn(id("placed_at"), true),
                        IndexColumn.ascending("customer_id")), false)));
        Table line = new Table(QualifiedName.of("order_line"), List.of(
                Column.of("id", "bigint", false), Column.of("order_id", "bigint", true)),
                Optional.of(new PrimaryKey(Optional.empty(), ids("id"))), List.of(),
                List.of(new ForeignKey(Optional.of(id("FK_line_order")), ids("order_id"), QualifiedName.of("order"),
                        ids("id"), ReferentialAction.NO_ACTION)),
                List.of(), List.of());
        return new Schema(List.of(customer, order, line),
                List.of(new Sequence(QualifiedName.of("customer_seq"), 1, 50)));
    }

    @Test
    void leavesOutForeignKeyIndexesAndReadsJsonAndRawSpellings() throws SQLException {
        db.execute(HIBERNATE_DDL);

        Schema raw = inspect(SCOPE);

        Table customer = raw.table(QualifiedName.of("customer")).orElseThrow();
        assertThat(customer.column(id("doc")).orElseThrow().type()).isEqualTo("json");
        assertThat(customer.column(id("notes")).orElseThrow().type()).isEqualTo("longtext");
        assertThat(customer.column(id("id")).orElseThrow().type()).isEqualTo("bigint(20)");
        assertThat(customer.column(id("label")).orElseThrow().defaultExpression().map(SqlExpression::text))
                .contains("'x'");
        assertThat(customer.column(id("balance")).orElseThrow().defaultExpression()).isEmpty();
        assertThat(customer.checks()).hasSize(2);
        assertThat(raw.table(QualifiedName.of("order_line")).orElseThrow().indexes())
                .as("InnoDB's index for the foreign key is not listed").isEmpty();
        assertThat(raw.table(QualifiedName.of("order")).orElseThrow().column(id("id")).orElseThrow().identity())
                .isTrue();
        assertThat(raw.sequences()).containsExactly(new Sequence(QualifiedName.of("customer_seq"), 1, 50));
        assertThat(raw.table(QualifiedName.of("plumb_history"))).isEmpty();
    }

    private static Identifier id(String name) {
        return new Identifier(name);
    }

    private static List<Identifier> ids(String... names) {
        return Arrays.stream(names).map(Identifier::new).toList();
    }
}
