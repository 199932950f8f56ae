package dev.plumb.dialect.postgres;

import dev.plumb.dialect.InspectionScope;
import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Column;
import dev.plumb.model.QualifiedName;
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

class PostgresNormalizerTest {

    /** Hibernate spelling -> canonical. */
    private static final Map<String, String> HIBERNATE_TYPES = Map.ofEntries(
            Map.entry("varchar(255)", "varchar(255)"),
            Map.entry("timestamp(6) with time zone", "timestamp(6) with time zone"),
            Map.entry("timestamp(6)", "timestamp(6)"),
            Map.entry("timestamp(3)", "timestamp(3)"),
            Map.entry("float(53)", "double precision"),
            Map.entry("float4", "real"),
            Map.entry("numeric(38,2)", "numeric(38,2)"),
            Map.entry("numeric(21,0)", "numeric(21,0)"),
            Map.entry("bigint", "bigint"),
            Map.entry("integer", "integer"),
            Map.entry("smallint", "smallint"),
            Map.entry("boolean", "boolean"),
            Map.entry("uuid", "uuid"),
            Map.entry("bytea", "bytea"),
            Map.entry("oid", "oid"),
            Map.entry("jsonb", "jsonb"),
            Map.entry("json", "json"),
            Map.entry("time(0)", "time(0)"),
            Map.entry("char(1)", "char(1)"),
            Map.entry("text", "text"),
            Map.entry("double precision", "double precision"),
            Map.entry("date", "date"),
            Map.entry("interval", "interval"),
            Map.entry("varchar", "varchar"),
            Map.entry("numeric", "numeric"),
            Map.entry("text[]", "text[]"));

    private final PostgresNormalizer normalizer = new PostgresNormalizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "character varying(255)|varchar(255)",
            "character varying|varchar",
            "character(1)|char(1)",
            "timestamp(6) without time zone|timestamp(6)",
            "timestamp without time zone|timestamp(6)",
            "timestamp with time zone|timestamp(6) with time zone",
            "time(0) without time zone|time(0)",
            "numeric(19,2)|numeric(19,2)",
            "numeric(10)|numeric(10,0)",
            "decimal(5, 1)|numeric(5,1)",
            "real|real",
            "float(10)|real",
            "int4|integer",
            "int8|bigint",
            "bool|boolean",
            "INTEGER[]|integer[]",
    })
    void catalogTypeSpellings(String catalog, String canonical) {
        assertThat(PostgresTypes.canonical(catalog)).isEqualTo(canonical);
        assertThat(PostgresTypes.canonical(canonical)).isEqualTo(canonical);
    }

    @Test
    void hibernateSpellingsMapToCanonicalOnes() {
        HIBERNATE_TYPES.forEach((raw, canonical) ->
                assertThat(PostgresTypes.canonical(raw)).as(raw).isEqualTo(canonical));
    }

    /** Every canonical spelling is valid DDL, and PostgreSQL reads it back as the same canonical spelling. */
    @Test
    void canonicalTypesAreValidSqlAndRoundTrip() throws SQLException {
        List<String> canonical = HIBERNATE_TYPES.values().stream().distinct().sorted().toList();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < canonical.size(); i++) {
            columns.add("c" + i + " " + canonical.get(i));
        }
        try (TestDatabase db = TestDatabase.postgres()) {
            db.execute("create table types (" + String.join(", ", columns) + ")");
            Schema inspected = normalizer.normalize(inspect(db));
            Table table = inspected.table(QualifiedName.of("types")).orElseThrow();
            assertThat(table.columns()).extracting(Column::type).containsExactlyElementsOf(canonical);
        }
    }

    @Test
    void identityColumnsCarryNoDefault() {
        Column identity = Column.of("id", "bigint", false).withIdentity(true).withDefault("1");
        Table table = new Table(QualifiedName.of("t"), List.of(identity), Optional.empty(), List.of(), List.of(),
                List.of(), List.of());

        Schema normalized = normalizer.normalize(new Schema(List.of(table), List.of()));

        assertThat(normalized.tables().get(0).columns().get(0).defaultExpression()).isEmpty();
    }

    /** Checks and defaults as Hibernate writes them read back from the catalog in the same canonical form. */
    @Test
    void checksAndDefaultsRoundTripThroughTheCatalog() throws SQLException {
        List<String> checks = List.of("(status in ('ACTIVE','CLOSED'))", "(priority between 0 and 2)",
                "status not in ('X')", "name like 'A%'", "name is not null or status = 'ACTIVE'",
                "big in (1, 2, 3)", "\"user\" <> 'root'", "(amount >= 0 and amount <= 100) or amount = -1");
        List<String> defaults = List.of("'x'", "-1", "0.5", "current_timestamp", "true", "'It''s'");
        try (TestDatabase db = TestDatabase.postgres()) {
            db.execute("create table checked (status varchar(16) default 'x', priority smallint default -1, "
                    + "name varchar(20) default 'It''s', big bigint, \"user\" varchar(10), "
                    + "amount numeric(5,1) default 0.5, at timestamp(6) default current_timestamp, "
                    + "flag boolean default true, "
                    + String.join(", ", checks.stream().map(c -> "check (" + c + ")").toList()) + ")");
            Table table = normalizer.normalize(inspect(db)).table(QualifiedName.of("checked")).orElseThrow();
            Table expected = normalizer.normalize(new Schema(List.of(new Table(QualifiedName.of("checked"),
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
            return new PostgresInspector().inspect(connection, new InspectionScope(Set.of(), Set.of()));
        }
    }
}
