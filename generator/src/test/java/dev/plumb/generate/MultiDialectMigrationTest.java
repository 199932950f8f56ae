package dev.plumb.generate;

import dev.plumb.dialect.SqlStatement;
import dev.plumb.diff.Change;
import dev.plumb.diff.CreateIndex;
import dev.plumb.diff.CreateTable;
import dev.plumb.model.Column;
import dev.plumb.model.Identifier;
import dev.plumb.model.Index;
import dev.plumb.model.IndexColumn;
import dev.plumb.model.PrimaryKey;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Table;
import dev.plumb.plan.MigrationPlanner;
import dev.plumb.runtime.Dialect;
import dev.plumb.writer.MigrationHeader;
import dev.plumb.writer.MigrationSpec;
import dev.plumb.writer.MigrationWriter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the dialects of one class are combined: the URL's dialect first and its change list shared, a dialect whose
 * plan reads differently listed on its own (and said so in the Javadoc), the record of created objects the union.
 */
class MultiDialectMigrationTest {

    private static final QualifiedName NOTE = QualifiedName.of("note");
    private static final Table TABLE = new Table(NOTE, List.of(Column.of("id", "bigint", false),
            Column.of("body", "varchar(200)", true)),
            Optional.of(new PrimaryKey(Optional.empty(), List.of(new Identifier("id")))),
            List.of(), List.of(), List.of(), List.of());
    private static final Change INDEX = new CreateIndex(NOTE, new Index(new Identifier("idx_note_body"),
            List.of(IndexColumn.ascending("body")), false));

    private static GeneratedMigration migration(Dialect dialect, boolean transactional, Change... changes) {
        var plan = new MigrationPlanner().plan(List.of(changes));
        List<SqlStatement> sql = plan.up().stream().map(change -> new SqlStatement(change.describe(),
                transactional ? SqlStatement.Execution.IN_TRANSACTION
                        : SqlStatement.Execution.OUTSIDE_TRANSACTION)).toList();
        return new GeneratedMigration(dialect, plan, sql, sql, List.of(), List.of(), List.of());
    }

    @Test
    void theUrlsDialectComesFirstAndIsAddedWhenTheListLacksIt() {
        assertThat(MultiDialectGenerator.ordered(Dialect.POSTGRESQL, List.of(Dialect.H2, Dialect.POSTGRESQL)))
                .containsExactly(Dialect.POSTGRESQL, Dialect.H2);
        assertThat(MultiDialectGenerator.ordered(Dialect.POSTGRESQL, List.of(Dialect.H2)))
                .containsExactly(Dialect.POSTGRESQL, Dialect.H2);
        assertThat(MultiDialectGenerator.ordered(Dialect.H2, List.of())).containsExactly(Dialect.H2);
    }

    @Test
    void sameChangesOnEveryDialectAreOneSharedList() {
        MultiDialectMigration both = new MultiDialectMigration(List.of(
                migration(Dialect.POSTGRESQL, false, new CreateTable(TABLE), INDEX),
                migration(Dialect.H2, true, new CreateTable(TABLE), INDEX)));

        assertThat(both.differingChanges()).isEmpty();
        assertThat(both.outsideTransaction()).containsExactly(Dialect.POSTGRESQL);
        assertThat(both.up()).containsOnlyKeys(Dialect.POSTGRESQL, Dialect.H2);
        assertThat(both.isEmpty()).isFalse();
    }

    @Test
    void aDialectWhosePlanDiffersIsListedOnItsOwnAndTheRecordIsTheUnion() {
        MultiDialectMigration both = new MultiDialectMigration(List.of(
                migration(Dialect.POSTGRESQL, true, new CreateTable(TABLE)),
                migration(Dialect.H2, true, new CreateTable(TABLE), INDEX)));

        assertThat(both.differingChanges()).containsOnlyKeys(Dialect.H2);
        MigrationSpec spec = new MigrationSpec("1", "CreateNote", "Create note", Instant.EPOCH,
                both.primary().plan().up(), both.up(), both.down(), List.of())
                .withDialectChanges(both.differingChanges());
        String header = MigrationHeader.fromClasspath().render(spec);
        assertThat(header).contains("-- on h2: the plan differs from the list above:\n+ table note\n"
                + "+ index idx_note_body on note");
        String source = new MigrationWriter().toJavaFile(spec, "m").toString();
        assertThat(source).contains("\"index note (body)\"").doesNotContain("transactional");
    }

    @Test
    void oneMigrationPerDialect() {
        assertThatThrownBy(() -> new MultiDialectMigration(List.of(migration(Dialect.H2, true),
                migration(Dialect.H2, true)))).isInstanceOf(IllegalArgumentException.class);
    }
}
