package dev.plumb.dialect.sql;

import dev.plumb.dialect.ReservedWords;
import dev.plumb.dialect.h2.H2Dialect;
import dev.plumb.dialect.postgres.PostgresDialect;
import dev.plumb.dialect.postgres.PostgresStoredForms;
import dev.plumb.model.IdentifierCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpressionCanonicalizerTest {

    private final ExpressionCanonicalizer postgres = new ExpressionCanonicalizer(
            new IdentifierQuoting(IdentifierCase.LOWER, ReservedWords.of(PostgresDialect.class)),
            new PostgresStoredForms());
    /** H2's case and reserved words, without its function spellings: the shared rules alone. */
    private final ExpressionCanonicalizer h2 = new ExpressionCanonicalizer(
            new IdentifierQuoting(IdentifierCase.UPPER, ReservedWords.of(H2Dialect.class)), StoredForms.AS_WRITTEN);

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))|status in ('A', 'B')",
            "status in ('A','B')|status in ('A', 'B')",
            "((priority >= 0) AND (priority <= 2))|priority between 0 and 2",
            "(priority between 0 and 2)|priority between 0 and 2",
            "((kind)::text <> ALL ((ARRAY['X'::character varying, 'Y'::character varying])::text[]))|kind not in ('X', 'Y')",
            "'x'::character varying|'x'",
            "`'It''s'::text`|`'It''s'`",
            "'-1'::integer|-1",
            "false|false",
            "nextval('t_id_seq'::regclass)|nextval('t_id_seq')",
            "now()|now()",
            "CURRENT_TIMESTAMP|current_timestamp",
            "((\"order\" > 0) AND (\"Total\" IS NOT NULL))|\"Total\" is not null and \"order\" > 0",
            "(a >= 0 AND a <= 9) OR b = 1|a between 0 and 9 or b = 1",
            "b = 1 OR (a >= 0 AND a <= 9)|a between 0 and 9 or b = 1",
            "price * (1 + rate) > 0|price * (1 + rate) > 0",
            "x between -1 and 2|x between -1 and 2",
            "a - 1 > 0|a - 1 > 0",
            "length((name)::text) > 2|length(name) > 2",
            "'2024-01-01'::date|'2024-01-01'",
            "Status IN ('A')|status = 'A'",
            "status NOT IN ('A')|status <> 'A'",
            "((created)::date > '2020-01-01'::date)|created::date > '2020-01-01'",
            "((name)::text ~~ 'A%'::text)|name like 'A%'",
            "((name)::text !~~* 'a%'::text)|name not ilike 'a%'",
            "(id = ANY (ARRAY[(1)::bigint, (2)::bigint]))|id in (1, 2)",
            "'{}'::jsonb|'{}'",
            "tags[1] = 'a'|tags[1] = 'a'",
            "((a = 1) AND b)|a = 1 and b",
            "a = 1 AND (b)|a = 1 and b",
            "coalesce(x, 0) > (1)|coalesce(x, 0) > 1",
            "NULL::character varying|null",
            "((value)::text = ANY ((ARRAY['NEW'::character varying, 'OLD'::character varying])::text[]))|value in ('NEW', 'OLD')",
            "\"value\" in ('NEW','OLD')|value in ('NEW', 'OLD')",
            "(key > 0) AND (top IS NOT NULL)|key > 0 and top is not null",
            "\"key\" > 0 and \"top\" is not null|key > 0 and top is not null",
            "EXTRACT(year FROM created) > 2000|extract(year from created) > 2000",
            "(((amount IS NULL) OR (status IS NULL) OR (amount <= (status + 1000))) AND (status > '-1'::integer))|(amount <= status + 1000 or amount is null or status is null) and status > -1",
            "((a + 1) >= b)|a + 1 >= b",
            "(score <= ((status + 1000))::numeric)|score <= status + 1000",
            "(x > ((a * 2))::double precision)|x > a * 2",
            "(x > (a)::numeric(10,2))|x > a::numeric(10, 2)",
            "(a * (b + c)) > 0|a * (b + c) > 0",
            "(a - (b - c)) = 0|a - (b - c) = 0",
    })
    void postgresForms(String input, String expected) {
        assertThat(postgres.canonical(input)).isEqualTo(expected);
        assertThat(postgres.canonical(expected)).as("idempotent").isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "\"PRIORITY\" BETWEEN 0 AND 2|priority between 0 and 2",
            "(priority between 0 and 2)|priority between 0 and 2",
            "\"PAYMENT_TYPE\" IN('CARD', 'BANK')|payment_type in ('CARD', 'BANK')",
            "payment_type in ('CARD','BANK')|payment_type in ('CARD', 'BANK')",
            "FALSE|false",
            "RANDOM_UUID()|random_uuid()",
            "\"order\" > 0|\"order\" > 0",
            "\"Mixed\" = 'v'|\"Mixed\" = 'v'",
            "'x'|'x'",
            "\"AMOUNT\" = CAST(-1 AS NUMERIC(1)) OR (\"AMOUNT\" >= CAST(0 AS NUMERIC(1)) AND \"AMOUNT\" <= CAST(100 AS NUMERIC(3)))|amount <= 100 and amount >= 0 or amount = -1",
            "CAST(\"A\" AS NUMERIC(3)) > 1|a::numeric(3) > 1",
    })
    void h2Forms(String input, String expected) {
        assertThat(h2.canonical(input)).isEqualTo(expected);
        assertThat(h2.canonical(expected)).as("idempotent").isEqualTo(expected);
    }

    @Test
    void betweenRewriteNeedsTheSameOperandAndBooleanContext() {
        assertThat(postgres.canonical("a >= 0 AND b <= 2")).isEqualTo("a >= 0 and b <= 2");
        assertThat(postgres.canonical("NOT a >= 0 AND a <= 2")).isEqualTo("a < 0 and a <= 2");
        assertThat(h2.canonical("A >= 0 AND A <= 2")).as("H2 keeps the pair").isEqualTo("a <= 2 and a >= 0");
    }

    @Test
    void functionArgumentsKeepTheirParentheses() {
        assertThat(postgres.canonical("coalesce((a), 0) = 1")).isEqualTo("coalesce(a, 0) = 1");
        assertThat(postgres.canonical("x IN ('one', 'two')")).isEqualTo("x in ('one', 'two')");
        assertThat(postgres.canonical("x IN (select y from t)")).isEqualTo("x in (select y from t)");
        assertThat(postgres.canonical("(a OR b) AND c")).isEqualTo("(a or b) and c");
    }

    @Test
    void unbalancedTextIsReturnedTrimmed() {
        assertThat(postgres.canonical("  (a = 1  ")).isEqualTo("(a = 1");
    }
}
