package dev.plumb.dialect.h2;

import dev.plumb.dialect.ColumnType;
import dev.plumb.diff.TypeChangeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** H2's judgement of type changes, on its canonical spellings: its enum type and {@code clob} among them. */
class H2TypesTest {

    private final H2Dialect dialect = new H2Dialect();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "enum ('A','B') | enum ('A','B','C') | WIDENING",
            "enum ('A','B') | enum ('A','C')     | VALUES_REMOVED",
            "enum ('A','B') | varchar(10)        | CONVERSION",
            "varchar(10)    | enum ('A','B')     | CONVERSION",
            "varchar(20)    | varchar(40)        | WIDENING",
            "varchar(20)    | clob               | WIDENING",
            "clob           | varchar(20)        | NARROWING",
            "tinyint        | smallint           | REWRITING",
            "bigint         | tinyint            | NARROWING",
            "numeric(10,2)  | numeric(12,2)      | WIDENING"})
    void classifiesByWhatHappensToStoredValues(String from, String to, TypeChangeKind expected) {
        assertThat(dialect.typeRules().classify(from, to)).isEqualTo(expected);
    }

    @Test
    void anEnumListsItsValuesUnquotedInDeclarationOrder() {
        ColumnType type = H2Types.parse("enum ('B','it''s','A')");
        assertThat(type.family()).isEqualTo(ColumnType.Family.LISTED_VALUES);
        assertThat(type.values()).containsExactly("B", "it's", "A");
        assertThat(type.valuesMissingFrom(H2Types.parse("enum ('A','B')"))).containsExactly("it's");
    }
}
