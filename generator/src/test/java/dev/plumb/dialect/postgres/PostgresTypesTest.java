package dev.plumb.dialect.postgres;

import dev.plumb.diff.TypeChangeKind;
import dev.plumb.diff.TypeChangeEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL's judgement of type changes, on its canonical spellings. */
class PostgresTypesTest {

    private final PostgresDialect dialect = new PostgresDialect();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "varchar(255)  | varchar(1000) | WIDENING",
            "varchar(1000) | varchar(100)  | NARROWING",
            "varchar(100)  | varchar       | WIDENING",
            "varchar       | varchar(100)  | NARROWING",
            "numeric(10,2) | numeric(12,2) | WIDENING",
            "numeric(12,2) | numeric(12,3) | NARROWING",
            "smallint      | integer       | REWRITING",
            "integer       | bigint        | REWRITING",
            "bigint        | integer       | NARROWING",
            "varchar(20)   | text          | WIDENING",
            "text          | varchar(20)   | NARROWING",
            "text          | jsonb         | CONVERSION",
            "varchar(20)   | integer       | CONVERSION",
            "timestamp(6)  | timestamp(6) with time zone | CONVERSION"})
    void classifiesByWhatHappensToStoredValues(String from, String to, TypeChangeKind expected) {
        assertThat(dialect.typeRules().classify(from, to)).isEqualTo(expected);
    }

    @Test
    void theEffectJudgesBothDirectionsAndNothingForTheSameType() {
        assertThat(dialect.typeRules().effect("integer", "bigint"))
                .isEqualTo(new TypeChangeEffect(TypeChangeKind.REWRITING, TypeChangeKind.NARROWING, false));
        assertThat(dialect.typeRules().effect("text", "text")).isEqualTo(TypeChangeEffect.UNCHANGED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text | jsonb | true", "varchar(20) | integer | true", "integer | varchar(20) | false",
            "varchar(20) | varchar(40) | false", "char(1) | boolean | true"})
    void stringSourcesToOtherTypesNeedAnExplicitCast(String from, String to, boolean expected) {
        assertThat(PostgresTypes.needsCast(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "varchar(100) | varchar(200) | true", "numeric(10,2) | numeric(12,0) | true", "varchar(100) | text | false",
            "integer | bigint | false", "timestamp(3) with time zone | timestamp(6) | true", "text[] | text[] | true"})
    void sameBaseMeansOnlyTheSizeOrPrecisionDiffers(String one, String other, boolean expected) {
        assertThat(dialect.typeRules().sameBase(one, other)).isEqualTo(expected);
    }

    @Test
    void parsesACanonicalSpellingIntoItsFamilyAndSize() {
        assertThat(PostgresTypes.parse("numeric(12,3)")).satisfies(t -> {
            assertThat(t.base()).isEqualTo("numeric");
            assertThat(t.size()).isEqualTo(12);
            assertThat(t.scale()).isEqualTo(3);
        });
        assertThat(PostgresTypes.parse("bigint").size()).isEqualTo(8);
        assertThat(PostgresTypes.parse("text").isText()).isTrue();
    }
}
