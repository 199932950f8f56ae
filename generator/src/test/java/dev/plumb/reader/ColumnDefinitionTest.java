package dev.plumb.reader;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnDefinitionTest {

    @Test
    void plainTypeStaysWhole() {
        assertThat(ColumnDefinition.parse("numeric(8,2)"))
                .isEqualTo(new ColumnDefinition("numeric(8,2)", Optional.empty(), false));
    }

    @Test
    void defaultAndNotNullAreSplitOff() {
        assertThat(ColumnDefinition.parse("varchar(20) DEFAULT 'not null' not null"))
                .isEqualTo(new ColumnDefinition("varchar(20)", Optional.of("'not null'"), true));
    }

    @Test
    void keywordsInsideParenthesesOrWordsStay() {
        assertThat(ColumnDefinition.parse("enum('default','x') default_value"))
                .isEqualTo(new ColumnDefinition("enum('default','x') default_value", Optional.empty(), false));
        assertThat(ColumnDefinition.parse("integer default (1 + 2)"))
                .isEqualTo(new ColumnDefinition("integer", Optional.of("(1 + 2)"), false));
    }
}
