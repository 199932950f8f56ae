package dev.plumb.runtime;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScriptTest {

    @Test
    void statementsAddedWithOnShareOneTransactionalStep() {
        Script script = new Script().on(Dialect.POSTGRESQL, "a", "b").on(Dialect.POSTGRESQL, "c");

        assertThat(script.stepsFor(Dialect.POSTGRESQL)).containsExactly(new ScriptStep(List.of("a", "b", "c"), true));
    }

    @Test
    void ownTransactionAndOutsideTransactionStartStepsOfTheirOwn() {
        Script script = new Script()
                .on(Dialect.POSTGRESQL, "add not valid")
                .inOwnTransaction(Dialect.POSTGRESQL, "validate")
                .on(Dialect.POSTGRESQL, "set not null", "drop check")
                .outsideTransaction(Dialect.POSTGRESQL, "create index concurrently a", "create index concurrently b")
                .on(Dialect.POSTGRESQL, "comment")
                .on(Dialect.H2, "create index a");

        assertThat(script.stepsFor(Dialect.POSTGRESQL)).containsExactly(
                new ScriptStep(List.of("add not valid"), true),
                new ScriptStep(List.of("validate"), true),
                new ScriptStep(List.of("set not null", "drop check"), true),
                new ScriptStep(List.of("create index concurrently a"), false),
                new ScriptStep(List.of("create index concurrently b"), false),
                new ScriptStep(List.of("comment"), true));
        assertThat(script.statementsFor(Dialect.POSTGRESQL)).containsExactly("add not valid", "validate",
                "set not null", "drop check", "create index concurrently a", "create index concurrently b", "comment");
        assertThat(script.stepsFor(Dialect.H2)).containsExactly(new ScriptStep(List.of("create index a"), true));
    }

    @Test
    void aDialectDeclaredWithoutStatementsIsCoveredButHasNoSteps() {
        Script script = new Script().on(Dialect.H2);

        assertThat(script.dialects()).containsExactly(Dialect.H2);
        assertThat(script.stepsFor(Dialect.H2)).isEmpty();
    }

    @Test
    void aStepOutsideATransactionHoldsExactlyOneStatement() {
        assertThatThrownBy(() -> new ScriptStep(List.of("a", "b"), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
