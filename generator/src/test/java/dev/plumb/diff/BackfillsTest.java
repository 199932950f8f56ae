package dev.plumb.diff;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A backfill is one SQL expression: separators and comments inside literals are text, outside they are refused. */
class BackfillsTest {

    @Test
    void separatorsAndCommentMarksInsideLiteralsAndQuotedNamesAreText() {
        List<String> values = List.of("'a;b'", "'it''s -- fine'", "'/* not a comment */'", "\"odd;name\"",
                "coalesce(lower(email), 'n/a')", "'C:\\temp'", "'C-' || id", "1 - -1");

        Backfills backfills = Backfills.parse(values.stream().map(v -> "customer.code=" + v).toList());

        assertThat(backfills.entries()).extracting(Backfills.Backfill::expression).containsExactlyElementsOf(values);
    }

    @Test
    void anythingThatEndsTheStatementIsRefusedNamingWhatItFound() {
        assertThatThrownBy(() -> Backfills.parse(List.of("customer.code='x'; drop table customer")))
                .isInstanceOf(HintException.class)
                .hasMessage("--backfill customer.code='x'; drop table customer: the value must be one SQL "
                        + "expression, and it has a statement separator ; outside a string literal; put the text in "
                        + "quotes ('...'), or run statements in a migration of their own (plumb new)");
        assertThatThrownBy(() -> Backfills.parse(List.of("customer.code='x' -- rest")))
                .hasMessageContaining("a comment --");
        assertThatThrownBy(() -> Backfills.parse(List.of("customer.code='x' /* rest */")))
                .hasMessageContaining("a comment /*");
    }

    @Test
    void aBackslashEscapedQuoteCannotHideAStatement() {
        // PostgreSQL reads E'\'' as one quote, so the drop below is outside any literal there
        assertThatThrownBy(() -> Backfills.parse(List.of("customer.code=E'\\''; drop table customer; --'")))
                .isInstanceOf(HintException.class).hasMessageContaining("a statement separator ;");
    }
}
