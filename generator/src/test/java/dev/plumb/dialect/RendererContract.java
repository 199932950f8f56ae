package dev.plumb.dialect;

import dev.plumb.diff.Change;
import dev.plumb.diff.CreateIndex;
import dev.plumb.diff.CreateTable;
import dev.plumb.diff.DropTable;
import dev.plumb.diff.SchemaDiffer;
import dev.plumb.diff.TableBuilder;
import dev.plumb.model.Column;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.IdentifierCase;
import dev.plumb.model.Index;
import dev.plumb.model.IndexColumn;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.Schema;
import dev.plumb.model.Sequence;
import dev.plumb.model.Table;
import dev.plumb.plan.MigrationPlan;
import dev.plumb.plan.MigrationPlanner;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.TreeSet;

import static dev.plumb.diff.TableBuilder.ids;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every dialect's renderer must do, on its real database: render planned migrations whose every up and down
 * statement runs, down leaving the database as it was, and quote exactly the names the database needs quoted. Names
 * are given in the stored form of each dialect (upper case on H2), except {@code order} and {@code user}, which stay
 * lower case and therefore quoted on both.
 *
 * <p>A dialect's renderer test extends this class, says which dialect and database it tests, and adds the exact SQL
 * of its own statements; a new dialect is one new subclass.
 */
public abstract class RendererContract extends DialectContract {

    /**
     * Words some database reserves or treats specially; each must work as a table and a column name on every dialect,
     * quoted where the dialect reserves it, bare where it does not. Beyond the dialects' own lists: PostgreSQL's
     * words that cannot be a function or type name ({@code pg_get_keywords()} category C) and common column names.
     */
    private static final List<String> SPECIAL_WORDS = List.of("user", "order", "group", "value", "year", "key",
            "month", "day", "desc", "column", "time", "timestamp", "between", "values", "int", "position", "row",
            "char", "interval", "exists", "national", "none", "out", "overlay", "precision", "real", "setof",
            "substring", "treat", "trim", "xmltable");

    private final MigrationPlanner planner = new MigrationPlanner();

    protected RendererContract(SqlDialect dialect, Supplier<TestDatabase> database) {
        super(dialect, database);
    }

    /**
     * Reserved words of every supported dialect, a list of special ones, as table name and column name (in the
     * dialect's stored case, so the dialect's own list decides the quoting), with an index on the column: the
     * renderer's statements run and the inspector reads the names back exactly.
     */
    @Test
    void everyReservedWordWorksAsATableAndAColumnName() throws SQLException {
        SqlRenderer renderer = dialect().renderer();
        Set<String> words = new TreeSet<>(SPECIAL_WORDS);
        Arrays.stream(dev.plumb.runtime.Dialect.values()).map(Dialects::of).flatMap(Optional::stream)
                .forEach(dialect -> words.addAll(dialect.reservedWords().words()));
        IdentifierCase identifierCase = dialect().identifierCase();
        try (TestDatabase db = database()) {
            List<Change> changes = new ArrayList<>();
            for (String word : words) {
                Identifier name = identifierCase.fold(word, false);
                Table table = TableBuilder.table(name.value()).notNull(name.value(), "integer").build();
                changes.add(new CreateTable(table));
                changes.add(new CreateIndex(table.name(), new Index(identifierCase.fold("ix_" + word, false),
                        List.of(new IndexColumn(name, false)), false)));
            }
            execute(db, renderer, changes);

            Schema inspected;
            try (Connection connection = db.connect()) {
                inspected = dialect().inspector().inspect(connection, new InspectionScope(Set.of(), Set.of()));
            }
            for (String word : words) {
                Identifier name = identifierCase.fold(word, false);
                assertThat(inspected.table(new QualifiedName(Optional.empty(), name))).as(word)
                        .hasValueSatisfying(table -> assertThat(table.columns()).extracting(Column::name)
                                .containsExactly(name));
            }
            execute(db, renderer, words.stream().map(word -> (Change) new DropTable(inspected
                    .table(new QualifiedName(Optional.empty(), identifierCase.fold(word, false))).orElseThrow()))
                    .toList());
            assertThat(tables(db)).isEmpty();
        }
    }

    @Test
    void createsANonTrivialSchemaFromEmptyAndDropsItAgain() throws SQLException {
        Names n = new Names(dialect());
        try (TestDatabase db = database()) {
            db.execute("create schema " + n.fold(otherSchema()).value().toLowerCase(Locale.ROOT));
            Schema desired = new Schema(List.of(n.customer(), n.order(),
                    n.item(otherSchema(), foreignKeysFromOtherSchemas())),
                    List.of(new Sequence(n.q("CUSTOMER_SEQ"), 1, 50)));
            MigrationPlan plan = planner.plan(n.differ.diff(Schema.EMPTY, desired));

            execute(db, n.renderer, plan.up());
            assertThat(tables(db)).hasSize(3);
            assertThat(count(db, "select count(*) from information_schema.table_constraints"
                    + " where constraint_type = 'FOREIGN KEY' and " + userSchemas("constraint_schema")))
                    .isEqualTo(foreignKeysFromOtherSchemas() ? 3 : 2);
            db.execute("insert into customer (id, name) values (1, 'a')",
                    "insert into " + q("order") + " (customer_id, " + q("user") + ") values (1, 'u')",
                    "update customer set best_order_id = (select max(id) from " + q("order") + ")");

            execute(db, n.renderer, plan.down());
            assertThat(tables(db)).isEmpty();
            assertThat(sequenceCount(db)).isZero();
        }
    }

    @Test
    void altersAnExistingSchemaUpAndDownTwice() throws SQLException {
        Names n = new Names(dialect());
        try (TestDatabase db = database()) {
            Schema base = n.base();
            execute(db, n.renderer, planner.plan(n.differ.diff(Schema.EMPTY, base)).up());
            MigrationPlan plan = planner.plan(n.differ.diff(base, n.altered()));
            assertThat(plan.up()).hasSizeGreaterThan(12);

            for (int round = 0; round < 2; round++) {
                execute(db, n.renderer, plan.up());
                assertThat(column(db, n.fold("customer"), n.fold("name"))).isEqualTo("50 nullable");
                assertThat(column(db, n.fold("customer"), n.fold("email"))).isEqualTo("100 nullable");
                assertThat(column(db, n.fold("customer"), n.fold("old_col"))).isEqualTo("missing");
                assertThat(column(db, new Identifier("order"), new Identifier("user"))).isEqualTo("30 not null");
                db.execute("insert into customer (id, name, phone) values (1, 'a', '1')",
                        "insert into " + q("order") + " (customer_id, " + q("user") + ") values (1, 'u')",
                        "delete from " + q("order"), "delete from customer");

                execute(db, n.renderer, plan.down());
                assertThat(column(db, n.fold("customer"), n.fold("name"))).isEqualTo("20 nullable");
                assertThat(column(db, n.fold("customer"), n.fold("email"))).isEqualTo("100 not null");
                assertThat(column(db, n.fold("customer"), n.fold("phone"))).isEqualTo("missing");
                assertThat(column(db, new Identifier("order"), new Identifier("user"))).isEqualTo("10 nullable");
            }
        }
    }

    /**
     * The schema {@link #createsANonTrivialSchemaFromEmptyAndDropsItAgain} creates a table in; a dialect whose
     * schemas are server-wide (MariaDB's databases) gives a name of its own test database.
     */
    protected String otherSchema() {
        return "app";
    }

    /**
     * Whether a table of {@link #otherSchema()} can reference one of the default schema by the unqualified name
     * Plumb writes; MariaDB looks for it in the referencing table's database, and no renderer knows the name of the
     * database a migration will run on (the reader refuses such a mapping there, see {@code DialectFeatures}).
     */
    protected boolean foreignKeysFromOtherSchemas() {
        return true;
    }

    /** The condition on a catalog's schema column that keeps the test database's own schemas. */
    protected String userSchemas(String column) {
        return column + " not in ('pg_catalog', 'information_schema', 'INFORMATION_SCHEMA')";
    }

    /** The number of sequences in the test database's schemas. */
    protected long sequenceCount(TestDatabase db) throws SQLException {
        return count(db, "select count(*) from information_schema.sequences where " + userSchemas("sequence_schema"));
    }

    /** A name as the dialect writes it in SQL: {@code "order"} quoted where the dialect reserves it. */
    private String q(String name) {
        return dialect().renderer().quote(new Identifier(name));
    }

    private static void execute(TestDatabase db, SqlRenderer renderer, List<Change> changes) {
        List<String> statements = new ArrayList<>();
        changes.forEach(change -> statements.addAll(renderer.render(change)));
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new AssertionError(db + " rejected:\n" + sql + "\n" + e.getMessage(), e);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> tables(TestDatabase db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select table_schema, table_name from information_schema.tables"
                     + " where table_type = 'BASE TABLE'"
                     + " and " + userSchemas("table_schema"))) {
            while (rs.next()) {
                tables.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        return tables;
    }

    protected static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** {@code "<size> nullable"}, {@code "<size> not null"} or {@code "missing"}, from JDBC metadata. */
    /** Of the test database's catalog: on a server whose catalogs are its databases (MariaDB), not of any other. */
    private static String column(TestDatabase db, Identifier table, Identifier column) throws SQLException {
        try (Connection connection = db.connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), null, table.value(), column.value())) {
                if (!rs.next()) {
                    return "missing";
                }
                return rs.getInt("COLUMN_SIZE") + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable
                        ? " nullable" : " not null");
            }
        }
    }

    /** The test schemas, with names in the stored case of one dialect. */
    private static final class Names {

        final SqlRenderer renderer;
        final SchemaDiffer differ;
        private final IdentifierCase identifierCase;

        Names(SqlDialect dialect) {
            this.identifierCase = dialect.identifierCase();
            this.renderer = dialect.renderer();
            this.differ = dialect.differ();
        }

        Identifier fold(String name) {
            return identifierCase.fold(name, false);
        }

        private String f(String name) {
            return fold(name).value();
        }

        /** Folds a comma-separated list of names, keeping {@code user} as is. */
        private String fs(String names) {
            return String.join(", ", ids(names).stream()
                    .map(id -> id.value().equals("user") ? "user" : f(id.value())).toList());
        }

        QualifiedName q(String name) {
            return name.equals("order") ? QualifiedName.of("order") : new QualifiedName(Optional.empty(), fold(name));
        }

        private ForeignKey fk(String name, String columns, QualifiedName target, ReferentialAction onDelete) {
            return new ForeignKey(Optional.ofNullable(name).map(this::fold), ids(fs(columns)), target,
                    ids(fs("id")), onDelete);
        }

        Table customer() {
            return TableBuilder.table(f("customer")).notNull(f("id"), "bigint").column(f("name"), "varchar(50)")
                    .column(f("best_order_id"), "bigint").primaryKey(f("id"))
                    .uniqueNamed(f("uk_customer_name"), f("name"))
                    .foreignKey(fk(null, "best_order_id", q("order"), ReferentialAction.SET_NULL))
                    .build();
        }

        Table order() {
            return TableBuilder.table("order").identity(f("id"), "bigint").column(f("customer_id"), "bigint")
                    .column(Column.of("user", "varchar(40)", false).withDefault("'guest'"))
                    .column(f("status"), "varchar(10)")
                    .primaryKey(f("id")).unique(fs("customer_id, user")).check("status in ('A', 'B')")
                    .foreignKey(fk("fk_order_customer", "customer_id", q("customer"), ReferentialAction.CASCADE))
                    .index(f("idx_order_status"), f("status") + " desc, " + f("id"))
                    .build();
        }

        Table item(String schema, boolean withForeignKey) {
            TableBuilder item = TableBuilder.table(f(schema), f("item")).notNull(f("id"), "bigint")
                    .column(f("order_id"), "bigint").primaryKey(f("id"));
            if (withForeignKey) {
                item.foreignKey(fk(null, "order_id", q("order"), ReferentialAction.NO_ACTION));
            }
            return item.index(f("idx_item_order"), f("order_id")).build();
        }

        /** The starting point; constraints carry the names the database knows them by, as an inspector reports. */
        Schema base() {
            Table customer = TableBuilder.table(f("customer")).notNull(f("id"), "bigint")
                    .column(f("name"), "varchar(20)").notNull(f("email"), "varchar(100)")
                    .column(f("old_col"), "integer").primaryKeyNamed(f("customer_pk"), f("id"))
                    .uniqueNamed(f("uk_email"), f("email")).index(f("idx_name"), f("name"))
                    .build();
            Table order = TableBuilder.table("order").notNull(f("id"), "bigint").column(f("customer_id"), "bigint")
                    .column("user", "varchar(10)").primaryKeyNamed(f("order_pk"), f("id"))
                    .foreignKey(fk("fk_order_customer", "customer_id", q("customer"), ReferentialAction.NO_ACTION))
                    .build();
            return new Schema(List.of(customer, order), List.of(new Sequence(q("seq"), 1, 1)));
        }

        /**
         * Widened and relaxed columns, a new column, a dropped column, a unique and an index swapped, a check
         * added, a foreign key replaced, an identity added, a sequence altered.
         */
        Schema altered() {
            Table customer = TableBuilder.table(f("customer")).notNull(f("id"), "bigint")
                    .column(Column.of(f("name"), "varchar(50)", true).withDefault("'n/a'"))
                    .column(f("email"), "varchar(100)").column(f("phone"), "varchar(20)")
                    .primaryKey(f("id")).unique(f("name")).check(f("phone") + " <> ''")
                    .index(f("idx_email"), f("email") + " desc")
                    .build();
            Table order = TableBuilder.table("order").identity(f("id"), "bigint").column(f("customer_id"), "bigint")
                    .notNull("user", "varchar(30)").primaryKey(f("id"))
                    .foreignKey(fk(null, "customer_id", q("customer"), ReferentialAction.SET_NULL))
                    .build();
            return new Schema(List.of(customer, order), List.of(new Sequence(q("seq"), 1, 50)));
        }
    }
}
