package dev.plumb.dialect.h2;

import dev.plumb.dialect.InspectionScope;
import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Column;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.Schema;
import dev.plumb.model.SqlExpression;
import dev.plumb.model.Table;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class H2NormalizerTest {

    /** Hibernate spelling -> canonical. */
    private static final Map<String, String> HIBERNATE_TYPES = Map.ofEntries(
            Map.entry("varchar(255)", "varchar(255)"),
            Map.entry("timestamp(6) with time zone", "timestamp(6) with time zone"),
            Map.entry("timestamp(6)", "timestamp(6)"),
            Map.entry("float(53)", "double precision"),
            Map.entry("float(24)", "real"),
            Map.entry("numeric(38,2)", "numeric(38,2)"),
            Map.entry("numeric(21,0)", "numeric(21,0)"),
            Map.entry("bigint", "bigint"),
            Map.entry("integer", "integer"),
            Map.entry("smallint", "smallint"),
            Map.entry("tinyint", "tinyint"),
            Map.entry("boolean", "boolean"),
            Map.entry("uuid", "uuid"),
            Map.entry("varbinary(255)", "varbinary(255)"),
            Map.entry("json", "json"),
            Map.entry("time(0)", "time(0)"),
            Map.entry("char(1)", "char(1)"),
            Map.entry("clob", "clob"),
            Map.entry("blob", "blob"),
            Map.entry("date", "date"),
            Map.entry("double precision", "double precision"),
            Map.entry("enum ('ACTIVE','CLOSED','SUSPENDED')", "enum ('ACTIVE','CLOSED','SUSPENDED')"),
            Map.entry("text", "varchar(1000000000)"),
            Map.entry("numeric", "numeric(100000,0)"));

    private final H2Normalizer normalizer = new H2Normalizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CHARACTER VARYING(255)|varchar(255)",
            "CHARACTER(1)|char(1)",
            "BIGINT|bigint",
            "DOUBLE PRECISION|double precision",
            "REAL|real",
            "NUMERIC(19, 2)|numeric(19,2)",
            "TIMESTAMP(6)|timestamp(6)",
            "TIMESTAMP(6) WITH TIME ZONE|timestamp(6) with time zone",
            "TIME(0)|time(0)",
            "BINARY VARYING(255)|varbinary(255)",
            "CHARACTER LARGE OBJECT|clob",
            "ENUM('B','A')|enum ('B','A')",
            "UUID|uuid",
    })
    void catalogTypeSpellings(String catalog, String canonical) {
        assertThat(H2Types.canonical(catalog)).isEqualTo(canonical);
        assertThat(H2Types.canonical(canonical)).isEqualTo(canonical);
    }

    @Test
    void hibernateSpellingsMapToCanonicalOnes() {
        HIBERNATE_TYPES.forEach((raw, canonical) ->
                assertThat(H2Types.canonical(raw)).as(raw).isEqualTo(canonical));
    }

    /** Every canonical spelling is valid DDL, and H2 reads it back as the same canonical spelling. */
    @Test
    void canonicalTypesAreValidSqlAndRoundTrip() throws SQLException {
        List<String> canonical = HIBERNATE_TYPES.values().stream().distinct().sorted().toList();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < canonical.size(); i++) {
            columns.add("c" + i + " " + canonical.get(i));
        }
        try (TestDatabase db = TestDatabase.h2()) {
            db.execute("create table types (" + String.join(", ", columns) + ")");
            Schema inspected = normalizer.normalize(inspect(db));
            Table table = inspected.table(QualifiedName.of("TYPES")).orElseThrow();
            assertThat(table.columns()).extracting(Column::type).containsExactlyElementsOf(canonical);
        }
    }

    @Test
    void restrictIsNoActionOnH2() {
        ForeignKey restrict = new ForeignKey(Optional.empty(), List.of(Identifier.of("P")), QualifiedName.of("P"),
                List.of(Identifier.of("ID")), ReferentialAction.RESTRICT);
        Table table = new Table(QualifiedName.of("T"), List.of(Column.of("P", "bigint", true)), Optional.empty(),
                List.of(), List.of(restrict), List.of(), List.of());

        Schema normalized = normalizer.normalize(new Schema(List.of(table), List.of()));

        assertThat(normalized.tables().get(0).foreignKeys().get(0).onDelete()).isEqualTo(ReferentialAction.NO_ACTION);
    }

    /** Checks and defaults as Hibernate writes them read back from the catalog in the same canonical form. */
    @Test
    void checksAndDefaultsRoundTripThroughTheCatalog() throws SQLException {
        List<String> checks = List.of("(status in ('ACTIVE','CLOSED'))", "(priority between 0 and 2)",
                "status not in ('X')", "name like 'A%'", "name is not null or status = 'ACTIVE'",
                "big in (1, 2, 3)", "\"user\" <> 'root'", "(amount >= 0 and amount <= 100) or amount = -1");
        List<String> defaults = List.of("'x'", "-1", "0.5", "current_timestamp", "true", "'It''s'");
        try (TestDatabase db = TestDatabase.h2()) {
            db.execute("create table checked (status varchar(16) default 'x', priority tinyint default -1, "
                    + "name varchar(20) default 'It''s', big bigint, \"user\" varchar(10), "
                    + "amount numeric(5,1) default 0.5, at timestamp(6) default current_timestamp, "
                    + "flag boolean default true, "
                    + String.join(", ", checks.stream().map(c -> "check (" + c + ")").toList()) + ")");
            Table table = normalizer.normalize(inspect(db)).table(QualifiedName.of("CHECKED")).orElseThrow();
            Table expected = normalizer.normalize(new Schema(List.of(new Table(QualifiedName.of("CHECKED"),
                    List.of(), Optional.empty(), List.of(), List.of(),
                    checks.stream().map(c -> new CheckConstraint(Optional.empty(), c)).toList(), List.of())),
                    List.of())).tables().get(0);

            assertThat(table.checks()).extracting(CheckConstraint::expression)
                    .containsExactlyInAnyOrderElementsOf(expected.checks().stream()
                            .map(CheckConstraint::expression).toList());
            assertThat(table.columns()).extracting(c -> c.defaultExpression().map(SqlExpression::canonical).orElse(null))
                    .containsExactly(defaults.get(0), defaults.get(1), defaults.get(5), null, null, defaults.get(2),
                            defaults.get(3), defaults.get(4));
        }
    }

    private static Schema inspect(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return new H2Inspector().inspect(connection, new InspectionScope(Set.of(), Set.of()));
        }
    }
}
