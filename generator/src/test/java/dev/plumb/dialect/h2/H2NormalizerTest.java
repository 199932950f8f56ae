package dev.plumb.dialect.h2;

import dev.plumb.dialect.NormalizerContract;
import dev.plumb.model.Column;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.ReferentialAction;
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

class H2NormalizerTest extends NormalizerContract {

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

    H2NormalizerTest() {
        super(new H2Dialect(), TestDatabase::h2);
    }

    @Override
    protected Map<String, String> hibernateTypes() {
        return HIBERNATE_TYPES;
    }

    @Override
    protected String canonicalType(String spelling) {
        return H2Types.canonical(spelling);
    }

    @Override
    protected String smallIntegerType() {
        return "tinyint";
    }

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
    void restrictIsNoActionOnH2() {
        ForeignKey restrict = new ForeignKey(Optional.empty(), List.of(Identifier.of("P")), QualifiedName.of("P"),
                List.of(Identifier.of("ID")), ReferentialAction.RESTRICT);
        Table table = new Table(QualifiedName.of("T"), List.of(Column.of("P", "bigint", true)), Optional.empty(),
                List.of(), List.of(restrict), List.of(), List.of());

        Schema normalized = normalizer.normalize(new Schema(List.of(table), List.of()));

        assertThat(normalized.tables().get(0).foreignKeys().get(0).onDelete()).isEqualTo(ReferentialAction.NO_ACTION);
    }
}
