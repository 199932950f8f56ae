package dev.plumb.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TypeChangeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "varchar(255)  | varchar(1000) | WIDENING",
            "varchar(1000) | varchar(100)  | NARROWING",
            "numeric(10,2) | numeric(12,2) | WIDENING",
            "numeric(12,2) | numeric(12,3) | NARROWING",
            "integer       | bigint        | REWRITING",
            "bigint        | integer       | NARROWING",
            "varchar(20)   | text          | WIDENING",
            "text          | varchar(20)   | NARROWING",
            "text          | jsonb         | CONVERSION",
            "varchar(20)   | integer       | CONVERSION",
            "enum ('A','B') | enum ('A','B','C') | WIDENING",
            "enum ('A','B') | enum ('A','C')     | ENUM_REMOVAL",
            "enum ('A','B') | varchar(10)        | CONVERSION"})
    void classifiesByWhatHappensToStoredValues(String from, String to, TypeChange expected) {
        assertThat(TypeChange.of(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text | jsonb | true", "varchar(20) | integer | true", "integer | varchar(20) | false",
            "varchar(20) | varchar(40) | false"})
    void stringSourcesToOtherTypesNeedAnExplicitCast(String from, String to, boolean expected) {
        assertThat(TypeChange.fromStringToOther(from, to)).isEqualTo(expected);
    }
}
