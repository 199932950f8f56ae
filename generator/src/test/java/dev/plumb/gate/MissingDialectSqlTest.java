package dev.plumb.gate;

import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.Script;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which migrations {@code check} reports as lacking SQL for a dialect: the runtime's rule, worded per direction. No
 * database is involved: the rule reads only what a migration puts in its scripts.
 */
class MissingDialectSqlTest {

    /** A migration class named in the lines, whose up and down fill the script as given. */
    private record V2__AddIndex(Consumer<Script> upFill, Consumer<Script> downFill) implements Migration {
        public String version() { return "2"; }
        public String description() { return "Add index"; }
        public void up(Script script) { upFill.accept(script); }
        public void down(Script script) { downFill.accept(script); }
    }

    private static List<String> linesFor(Consumer<Script> up, Consumer<Script> down) {
        return MissingDialectSql.lines(List.of(new V2__AddIndex(up, down)), Dialect.H2);
    }

    private static void postgresOnly(Script script) {
        script.on(Dialect.POSTGRESQL, "select 1");
    }

    @Test
    void sqlForAnotherDialectOnlyIsOneLineNamingTheMigrationAndTheDialect() {
        assertThat(linesFor(MissingDialectSqlTest::postgresOnly, MissingDialectSqlTest::postgresOnly))
                .containsExactly("V2__AddIndex has no SQL for h2: add script.on(Dialect.H2, ...) to its up() and"
                        + " down(), or regenerate it with h2 among the dialects");
    }

    @Test
    void aDownWithoutSqlForTheDialectIsNamedAsTheDown() {
        assertThat(linesFor(script -> script.on(Dialect.H2, "select 1").on(Dialect.POSTGRESQL, "select 1"),
                MissingDialectSqlTest::postgresOnly))
                .containsExactly("V2__AddIndex has no down SQL for h2: add script.on(Dialect.H2, ...) to its"
                        + " down(), or regenerate it with h2 among the dialects");
    }

    @Test
    void deliberatelyEmptyMigrationsAreNoFinding() {
        Consumer<Script> nothingAnywhere = script -> { };
        Consumer<Script> nothingOnH2 = script -> script.on(Dialect.POSTGRESQL, "analyze customer").on(Dialect.H2);

        assertThat(linesFor(nothingAnywhere, nothingAnywhere)).isEmpty();
        assertThat(linesFor(nothingOnH2, nothingOnH2)).isEmpty();
    }

    @Test
    void aMigrationWhoseCodeThrowsIsLeftToTheReplayToReport() {
        Consumer<Script> throwing = script -> {
            throw new IllegalStateException("no tenant");
        };

        assertThat(linesFor(throwing, throwing)).isEmpty();
    }
}
