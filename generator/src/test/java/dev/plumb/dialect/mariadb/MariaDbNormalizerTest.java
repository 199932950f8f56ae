package dev.plumb.dialect.mariadb;

import dev.plumb.dialect.InspectionScope;
import dev.plumb.dialect.NormalizerContract;
import dev.plumb.diff.TableBuilder;
import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Column;
import dev.plumb.model.Identifier;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;
import dev.plumb.model.UniqueConstraint;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MariaDbNormalizerTest extends NormalizerContract {

    /** Hibernate spelling (MariaDBDialect, 7.4) -> canonical. */
    private static final Map<String, String> HIBERNATE_TYPES = Map.ofEntries(
            Map.entry("varchar(255)", "varchar(255)"),
            Map.entry("datetime(6)", "datetime(6)"),
            Map.entry("timestamp(6)", "timestamp(6)"),
            Map.entry("float(53)", "double"),
            Map.entry("float(24)", "float"),
            Map.entry("decimal(38,2)", "decimal(38,2)"),
            Map.entry("numeric(21,0)", "decimal(21,0)"),
            Map.entry("bigint", "bigint"),
            Map.entry("integer", "int"),
            Map.entry("smallint", "smallint"),
            Map.entry("tinyint", "tinyint"),
            Map.entry("bit", "bit(1)"),
            Map.entry("boolean", "tinyint(1)"),
            Map.entry("uuid", "uuid"),
            Map.entry("varbinary(255)", "varbinary(255)"),
            Map.entry("json", "json"),
            Map.entry("time", "time(0)"),
            Map.entry("char(1)", "char(1)"),
            Map.entry("longtext", "longtext"),
            Map.entry("longblob", "longblob"),
            Map.entry("text", "text"),
            Map.entry("date", "date"),
            Map.entry("enum ('ACTIVE','CLOSED','SUSPENDED')", "enum('ACTIVE','CLOSED','SUSPENDED')"),
            Map.entry("int unsigned", "int unsigned"));

    MariaDbNormalizerTest() {
        super(new MariaDbDialect(), TestDatabase::mariadb);
    }

    @Override
    protected Map<String, String> hibernateTypes() {
        return HIBERNATE_TYPES;
    }

    @Override
    protected String canonicalType(String spelling) {
        return MariaDbTypes.canonical(spelling);
    }

    @Override
    protected String smallIntegerType() {
        return "tinyint";
    }

    /**
     * MariaDB keeps one object for a unique index and a unique constraint and lists it as a constraint, so an entity's
     * {@code @Index(unique = true)} compares as the unique constraint the catalog reports; a descending one stays an
     * index. The primary key's name is always {@code PRIMARY} and says nothing.
     */
    @Test
    void uniqueIndexesAreUniqueConstraintsAndThePrimaryKeyHasNoName() {
        Table entity = TableBuilder.table("book").notNull("id", "bigint").column("isbn", "varchar(20)")
                .column("title", "varchar(20)").primaryKeyNamed("PRIMARY", "id")
                .uniqueIndex("ux_book_isbn", "isbn").uniqueIndex("ux_book_title", "title desc").build();

        Table normalized = normalizer().normalize(new Schema(List.of(entity), List.of())).tables().get(0);

        assertThat(normalized.primaryKey().orElseThrow().name()).isEmpty();
        assertThat(normalized.uniqueConstraints()).containsExactly(new UniqueConstraint(
                Optional.of(new Identifier("ux_book_isbn")), List.of(new Identifier("isbn"))));
        assertThat(normalized.indexes()).extracting(i -> i.name().value()).containsExactly("ux_book_title");
    }

    /**
     * MariaDB stores a check under its own function names and operators (measured on 10.11,
     * {@code information_schema.CHECK_CONSTRAINTS}): {@code length(s)} reads back {@code octet_length(`s`)},
     * {@code upper} {@code ucase}, {@code x % 2} {@code `x` MOD 2}. A check written the usual way is no change.
     */
    @Test
    void checksWrittenWithFunctionsMariaDbRenamesReadBackUnchanged() throws SQLException {
        List<String> checks = List.of("length(name) > 3", "character_length(name) < 30", "upper(name) <> 'Y'",
                "lower(name) <> 'x'", "mid(name, 1, 1) <> 'a'", "substring(name, 2, 1) <> 'b'",
                "position('z' in name) = 0", "qty % 2 = 0 or qty > 10", "qty mod 3 = 0");
        try (TestDatabase db = database(); Connection connection = db.connect()) {
            db.execute("create table checked (name varchar(40), qty int, "
                    + String.join(", ", checks.stream().map(c -> "check (" + c + ")").toList()) + ") engine=InnoDB");
            Schema inspected = dialect().inspector().inspect(connection, new InspectionScope(Set.of(), Set.of()));
            Table table = normalizer().normalize(inspected).table(stored("checked")).orElseThrow();
            Table written = normalizer().normalize(new Schema(List.of(new Table(stored("checked"), List.of(),
                    Optional.empty(), List.of(), List.of(),
                    checks.stream().map(c -> new CheckConstraint(Optional.empty(), c)).toList(), List.of())),
                    List.of())).tables().get(0);

            assertThat(table.checks()).extracting(CheckConstraint::expression)
                    .containsExactlyInAnyOrderElementsOf(written.checks().stream()
                            .map(CheckConstraint::expression).toList());
        }
    }

    /** MariaDB prints display widths; only tinyint(1), its boolean, keeps one. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"int(11);int", "bigint(20);bigint", "int(10) unsigned;int unsigned",
            "tinyint(4);tinyint", "tinyint(1);tinyint(1)", "smallint(6);smallint", "decimal(19,2);decimal(19,2)",
            "enum('A','B');enum('A','B')", "datetime;datetime(0)", "double precision;double"})
    void catalogSpellingsMapToCanonicalOnes(String catalog, String canonical) {
        assertThat(MariaDbTypes.canonical(catalog)).isEqualTo(canonical);
    }

    /**
     * Defaults as an entity writes them and as MariaDB 10.11 reads them back ({@code COLUMNS.COLUMN_DEFAULT},
     * measured): the same canonical form, or every {@code generate} would alter the column.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {"datetime(6);localtimestamp;current_timestamp(6)",
            "time(0);localtime;current_timestamp()", "int;cast('1' as integer);(cast('1' as signed))",
            "int;'1';1", "date;date '2020-01-01';'2020-01-01'", "datetime(0);timestamp '2020-01-01 10:00:00';"
            + "'2020-01-01 10:00:00'", "tinyint(1);true;1", "datetime(3);'2020-01-01';'2020-01-01 00:00:00.000'",
            "datetime(3);'2020-01-01 10:00:00';'2020-01-01 10:00:00.000'",
            "timestamp(6);'2020-01-01 10:00:00.5';'2020-01-01 10:00:00.500000'", "time(0);'10:00';'10:00:00'",
            "time(2);'10:00:00';'10:00:00.00'", "datetime(0);'2020-01-01 10:00:00.7';'2020-01-01 10:00:00'",
            "date;'2020-1-2';'2020-01-02'", "datetime(0);'2020-01-01T10:00:00';'2020-01-01 10:00:00'",
            "time(0);'838:59:59';'838:59:59'"})
    void storedDefaultsNormalizeToTheWrittenOnes(String type, String written, String stored) {
        assertThat(defaultOf(type, written)).isEqualTo(defaultOf(type, stored));
    }

    /** The temporal literals above, written on the real server and read back: no change found. */
    @Test
    void temporalLiteralDefaultsReadBackAsWritten() throws Exception {
        List<String> columns = List.of("datetime(3)|'2020-01-01'", "timestamp(6)|'2020-01-01 10:00:00.5'",
                "time|'10:00'", "time(2)|'10:00:00'", "datetime|'2020-01-01T10:00:00'", "date|'2020-1-2'");
        StringBuilder ddl = new StringBuilder("create table t (id int");
        for (int i = 0; i < columns.size(); i++) {
            String[] typeAndDefault = columns.get(i).split("\\|");
            ddl.append(", c").append(i).append(' ').append(typeAndDefault[0]).append(" null default ")
                    .append(typeAndDefault[1]);
        }
        try (TestDatabase db = TestDatabase.mariadb()) {
            db.execute(ddl + ")");
            Schema stored;
            try (Connection connection = db.connect()) {
                stored = normalizer().normalize(dialect().inspector().inspect(connection,
                        new InspectionScope(Set.of(), Set.of())));
            }
            List<Column> read = stored.tables().get(0).columns();
            for (int i = 0; i < columns.size(); i++) {
                assertThat(defaultOf(read.get(i + 1).type(), columns.get(i).split("\\|")[1]))
                        .as(columns.get(i)).isEqualTo(read.get(i + 1).defaultExpression().map(e -> e.canonical()));
            }
        }
    }

    /** {@code default null} is no default: the catalog reads the word NULL, which the inspector drops. */
    @Test
    void aNullDefaultIsNoDefault() {
        assertThat(defaultOf("varchar(20)", "null")).isEmpty();
    }

    /** Checks as an entity writes them and as MariaDB 10.11 stores them ({@code CHECK_CONSTRAINTS}, measured). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {"upper(s) = s;ucase(`s`) = `s`",
            "lower(s) <> 'x';lcase(`s`) <> 'x'",
            "length(s) > 2;octet_length(`s`) > 2", "position('a' in s) > 0;locate('a',`s`) > 0",
            "substring(s from 1 for 2) = 'ab';substr(`s`,1,2) = 'ab'", "x % 2 = 0;`x` MOD 2 = 0",
            "b = true;`b` = 1", "not b;`b` = 0", "b is not true;`b` is not true",
            "case when x > 0 then true else false end;case when `x` > 0 then 1 else 0 end",
            "cast(s as integer) > 0;cast(`s` as signed) > 0", "d > date '2020-01-01';`d` > DATE'2020-01-01'"})
    void storedChecksNormalizeToTheWrittenOnes(String written, String stored) {
        assertThat(checkOf(written)).isEqualTo(checkOf(stored));
    }

    private Optional<String> defaultOf(String type, String expression) {
        Table table = TableBuilder.table("t").column(Column.of("c", type, true).withDefault(expression)).build();
        return normalizer().normalize(new Schema(List.of(table), List.of())).tables().get(0).columns().get(0)
                .defaultExpression().map(e -> e.canonical());
    }

    private String checkOf(String expression) {
        Table table = TableBuilder.table("t").column("x", "int").column("s", "varchar(20)").column("b", "tinyint(1)")
                .column("d", "date").check(expression).build();
        return normalizer().normalize(new Schema(List.of(table), List.of())).tables().get(0).checks().get(0)
                .expression().canonical();
    }
}
