package dev.plumb.dialect;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Column;
import dev.plumb.model.Schema;
import dev.plumb.model.SqlExpression;
import dev.plumb.model.Table;
import dev.plumb.runtime.Dialect;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks and defaults that PostgreSQL 15, H2 2.5 and MariaDB 10.11 store in another spelling than the one written (H2
 * keeps {@code x between 0 and 0} as {@code "X" = 0}, PostgreSQL {@code x != 1} as {@code (x <> 1)}, MariaDB
 * {@code upper(s)} as {@code ucase(`s`)}, ...): each, created on
 * the real database and read back, normalizes to the same text as the spelling written, so that generating again
 * finds no change. One database per dialect; every expression is its own named constraint or column, so that a
 * failure names the expression.
 */
class StoredExpressionsTest {

    private static final String COLUMNS = "x integer, s varchar(20), t varchar(20), b boolean, amount numeric(10,2), "
            + "ts timestamp, d date, f double precision";

    /** Check conditions as an entity writes them ({@code @Check}, Hibernate's enum checks). */
    private static final List<String> CHECKS = List.of(
            "x between 0 and 0", "(x between 0 and 0)", "x between 1 and 3", "x not between 1 and 3",
            "x between -1 and 1", "amount between 0.0 and 1.0", "s in ('A')", "s not in ('A')",
            "s not in ('A','B')", "x in (1)", "not (s in ('A','B'))", "s in ('A','B') or s is null",
            "x in (1, 2) and s in ('A')", "s is not null and t is not null", "s is not null or t is not null",
            "s is not null and t is not null and x is not null", "x <> 1", "x != 1", "not (x = 1)",
            "not (x > 1)", "not (x <= 1)", "cast(x as bigint) > 0", "x::bigint > 0", "cast(s as integer) > 0",
            "b = true", "b", "not b", "b is true", "b = false", "b is not false", "amount >= 0.0",
            "amount > 0.50", "amount > 1e2", "x > -1", "x > +1", "x >= 0 and x <= 10",
            "s = 'a' or s = 'b'", "s = 'a' or s = 'b' or s = 'c'", "(s || t) <> ''", "s || t <> ''",
            "coalesce(s, t) is not null", "coalesce(x, 0) >= 0", "s like 'A%'", "s not like 'A%'",
            "s ilike 'a%'", "upper(s) = s", "lower(s) <> 'x'", "length(s) > 2", "char_length(s) > 2",
            "s is null", "x % 2 = 0", "x * 2 + 1 > 3", "(x + 1) * 2 > 3", "x - (1 - x) > 0", "x / 2 > 1",
            "ts > current_timestamp", "ts > localtimestamp", "d > current_date", "d > date '2020-01-01'",
            "x is distinct from 3", "abs(x) < 10", "nullif(s, '') is not null",
            "case when x > 0 then true else false end", "extract(year from d) > 2000",
            "substring(s from 1 for 2) = 'ab'", "f >= 0.0", "f between 0 and 1", "f > 1.50",
            "s = 'a' or s = 'b' or x = 1", "x = 1 or x = 2 or x in (3)", "x = 1 or s = 'a' or x = 2",
            "x = 1 or x = 2 and s = 'a'", "not (x between 1 and 2)", "not (s like 'a%')", "not (x is null)",
            "-(x + 1) < 0", "x < 1 or x > 3 or x = 2", "x not between 1 and 3 and s is null", "trim(s) <> ''",
            "position('a' in s) > 0", "s like 'A!_%' escape '!'", "s not ilike 'a!_%' escape '!'", "s similar to 'A%'", "b is not true",
            "s <> all (array['A'])", "x = any (array[1, 2])");

    /** Defaults as an entity writes them: column type, then the default. */
    private static final List<String> DEFAULTS = List.of(
            "timestamp|current_timestamp", "timestamp|localtimestamp", "timestamp|current_timestamp(3)",
            "date|current_date", "time|current_time", "time|localtime", "numeric(10,2)|0.0", "numeric(10,2)|0",
            "numeric(10,2)|-1.5", "numeric(10,2)|+1", "double precision|1e3", "double precision|0.5",
            "boolean|true", "boolean|false", "varchar(20)|''", "varchar(20)|'It''s'", "integer|-1",
            "bigint|9223372036854775807", "smallint|-32768", "integer|cast('1' as integer)", "integer|(1)",
            "date|date '2020-01-01'", "varchar(20)|'a' || 'b'", "timestamp|now()", "varchar(20)|null");

    /**
     * MariaDB 10.11 refuses these: syntax errors (1064) for {@code cast(x as bigint)} (its casts take
     * {@code signed}, not {@code bigint}), {@code ::}, {@code ilike}, {@code is distinct from}, {@code similar to}
     * and arrays; "Function or expression 'current_timestamp()' cannot be used in the CHECK clause" (1901) for the
     * current time and date. And it reads {@code ||} as {@code or} unless {@code sql_mode} has
     * {@code PIPES_AS_CONCAT}: it stores {@code s || t <> ''} as {@code `s` <> 0 or `t` <> ''}, another condition,
     * and refuses {@code default 'a' || 'b'} (1064: an expression default needs parentheses).
     */
    private static final Set<String> MARIADB_UNSUPPORTED = Set.of("cast(x as bigint) > 0", "x::bigint > 0",
            "s ilike 'a%'", "s not ilike 'a!_%' escape '!'", "x is distinct from 3", "s similar to 'A%'",
            "s <> all (array['A'])", "x = any (array[1, 2])", "ts > current_timestamp", "ts > localtimestamp",
            "d > current_date", "(s || t) <> ''", "s || t <> ''", "varchar(20)|'a' || 'b'");

    /**
     * Checks and defaults ({@code type|default}) one dialect cannot store, or stores as something else. H2 evaluates
     * constant expressions in a default ({@code 'a' || 'b'} is stored as {@code 'ab'}, {@code 1 + 2} as {@code 3},
     * {@code upper('x')} as {@code 'X'}), and PostgreSQL a boolean default {@code 't'} as {@code true}: not
     * normalized, so an entity that writes one sees a change on every {@code generate}.
     */
    private static final Map<TestDatabase.Kind, Set<String>> UNSUPPORTED = Map.of(
            TestDatabase.Kind.H2, Set.of("s similar to 'A%'", "varchar(20)|'a' || 'b'"),
            TestDatabase.Kind.POSTGRESQL, Set.of(),
            TestDatabase.Kind.MARIADB, MARIADB_UNSUPPORTED);

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void storedChecksNormalizeToTheWrittenOnes(TestDatabase.Kind kind) throws SQLException {
        SqlDialect dialect = Dialects.of(Dialect.valueOf(kind.name())).orElseThrow();
        Map<String, String> written = new LinkedHashMap<>();
        List<String> statements = new ArrayList<>(List.of("create table ck (" + COLUMNS + ")"));
        for (String check : CHECKS) {
            if (!UNSUPPORTED.get(kind).contains(check)) {
                String name = "k" + written.size();
                written.put(name, check);
                statements.add("alter table ck add constraint " + name + " check (" + check + ")");
            }
        }
        try (TestDatabase db = TestDatabase.create(kind)) {
            db.execute(statements.toArray(String[]::new));
            Table stored = table(db, dialect);
            Table entity = dialect.normalizer().normalize(new Schema(List.of(stored.withConstraints(List.of(),
                    List.of(), written.entrySet().stream().map(e -> new CheckConstraint(
                            Optional.of(stored.checks().stream().map(c -> c.name().orElseThrow())
                                    .filter(n -> n.value().equalsIgnoreCase(e.getKey())).findFirst().orElseThrow()),
                            e.getValue())).toList(), List.of())), List.of())).tables().get(0);

            List<String> mismatches = new ArrayList<>();
            for (CheckConstraint check : entity.checks()) {
                CheckConstraint read = stored.checks().stream().filter(c -> c.name().equals(check.name()))
                        .findFirst().orElseThrow();
                if (!read.expression().equals(check.expression())) {
                    mismatches.add(written.get(check.name().orElseThrow().value().toLowerCase())
                            + "  ->  written: " + check.expression().canonical() + "  stored: "
                            + read.expression().canonical());
                }
            }
            assertThat(mismatches).as("checks on %s", kind).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void storedDefaultsNormalizeToTheWrittenOnes(TestDatabase.Kind kind) throws SQLException {
        SqlDialect dialect = Dialects.of(Dialect.valueOf(kind.name())).orElseThrow();
        List<String> defaults = DEFAULTS.stream().filter(d -> !UNSUPPORTED.get(kind).contains(d)).toList();
        StringBuilder columns = new StringBuilder("id integer");
        for (int i = 0; i < defaults.size(); i++) {
            String[] typeAndDefault = defaults.get(i).split("\\|", 2);
            columns.append(", c").append(i).append(' ').append(typeAndDefault[0]).append(" default ")
                    .append(typeAndDefault[1]);
        }
        try (TestDatabase db = TestDatabase.create(kind)) {
            db.execute("create table df (" + columns + ")");
            Table stored = table(db, dialect);
            List<Column> written = new ArrayList<>(List.of(stored.columns().get(0)));
            for (int i = 0; i < defaults.size(); i++) {
                written.add(stored.columns().get(i + 1).withDefault(defaults.get(i).split("\\|", 2)[1]));
            }
            Table entity = dialect.normalizer().normalize(new Schema(List.of(stored.withColumns(written)),
                    List.of())).tables().get(0);

            List<String> mismatches = new ArrayList<>();
            for (int i = 0; i < written.size(); i++) {
                Optional<String> expected = entity.columns().get(i).defaultExpression().map(SqlExpression::canonical);
                Optional<String> actual = stored.columns().get(i).defaultExpression().map(SqlExpression::canonical);
                if (!expected.equals(actual)) {
                    mismatches.add(defaults.get(i - 1) + "  ->  written: " + expected.orElse(null) + "  stored: "
                            + actual.orElse(null));
                }
            }
            assertThat(mismatches).as("defaults on %s", kind).isEmpty();
        }
    }

    /** The only table, inspected and normalized. */
    private static Table table(TestDatabase db, SqlDialect dialect) throws SQLException {
        try (Connection connection = db.connect()) {
            Schema inspected = dialect.inspector().inspect(connection, new InspectionScope(Set.of(), Set.of()));
            return dialect.normalizer().normalize(inspected).tables().get(0);
        }
    }
}
