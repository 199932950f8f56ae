package dev.plumb.dialect.postgres;

import dev.plumb.dialect.NormalizerContract;
import dev.plumb.model.Column;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresNormalizerTest extends NormalizerContract {

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

    PostgresNormalizerTest() {
        super(new PostgresDialect(), TestDatabase::postgres);
    }

    @Override
    protected Map<String, String> hibernateTypes() {
        return HIBERNATE_TYPES;
    }

    @Override
    protected String canonicalType(String spelling) {
        return PostgresTypes.canonical(spelling);
    }

    @Override
    protected String smallIntegerType() {
        return "smallint";
    }

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
    void identityColumnsCarryNoDefault() {
        Column identity = Column.of("id", "bigint", false).withIdentity(true).withDefault("1");
        Table table = new Table(QualifiedName.of("t"), List.of(identity), Optional.empty(), List.of(), List.of(),
                List.of(), List.of());

        Schema normalized = normalizer.normalize(new Schema(List.of(table), List.of()));

        assertThat(normalized.tables().get(0).columns().get(0).defaultExpression()).isEmpty();
    }
}
