package dev.plumb.diff;

import dev.plumb.dialect.postgres.PostgresDialect;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Renames whose new name another rename frees: a chain resolves (and is a no-op once applied, though the annotations
 * stay), a swap declared on the command line resolves, a swap declared through {@code @RenamedFrom} is refused. The
 * scenario {@code rename-chain-and-swap} applies both on real databases.
 */
class RenameChainTest {

    private static final QualifiedName READING = QualifiedName.of("reading");

    private static Schema schema(String... columns) {
        TableBuilder table = TableBuilder.table("reading").notNull("id", "bigint");
        for (String column : columns) {
            table.column(column, "integer");
        }
        return new Schema(List.of(table.build()), List.of());
    }

    private static RenameHints.ColumnRename rename(String from, String to, boolean fromCode) {
        return new RenameHints.ColumnRename(Optional.empty(), "reading", from, to, fromCode);
    }

    private static RenameHints hints(RenameHints.ColumnRename... renames) {
        return new RenameHints(List.of(), List.of(renames));
    }

    @Test
    void aChainRenamesIntoTheNameTheOtherRenameFrees() {
        RenameHints chain = hints(rename("score", "title", true), rename("created", "score", true));

        List<Change> changes = new PostgresDialect().differ().diff(schema("score", "created"), schema("title", "score"), chain);

        assertThat(changes).containsExactlyInAnyOrder(
                new RenameColumn(READING, new Identifier("score"), new Identifier("title")),
                new RenameColumn(READING, new Identifier("created"), new Identifier("score")));
        assertThat(new PostgresDialect().differ().diff(schema("title", "score"), schema("title", "score"), chain))
                .as("applied: the annotations that stay change nothing").isEmpty();
    }

    @Test
    void aSwapDeclaredOnceResolvesAndOneDeclaredInTheCodeIsRefused() {
        Schema both = schema("low", "high");
        assertThat(new PostgresDialect().differ().diff(both, both, hints(rename("high", "low", false), rename("low", "high",
                false)))).hasSize(2);
        assertThatThrownBy(() -> new PostgresDialect().differ().diff(both, both, hints(rename("high", "low", true),
                rename("low", "high", true))))
                .isInstanceOf(HintException.class)
                .hasMessageContaining("swap names through @RenamedFrom")
                .hasMessageContaining("--rename reading.high=low --rename reading.low=high");
    }

    @Test
    void theOrderOfTheStepsFreesEachNameFirst() {
        List<Change> up = new dev.plumb.plan.MigrationPlanner().plan(new PostgresDialect().differ().diff(
                schema("score", "created"), schema("title", "score"),
                hints(rename("created", "score", false), rename("score", "title", false)))).up();
        assertThat(up).containsExactly(
                new RenameColumn(READING, new Identifier("score"), new Identifier("title")),
                new RenameColumn(READING, new Identifier("created"), new Identifier("score")));
    }
}
