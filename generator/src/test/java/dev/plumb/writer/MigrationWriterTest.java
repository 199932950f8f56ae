package dev.plumb.writer;

import dev.plumb.compile.MigrationLoader;
import dev.plumb.diff.Change;
import dev.plumb.diff.CreateIndex;
import dev.plumb.diff.CreateTable;
import dev.plumb.diff.DropColumn;
import dev.plumb.diff.AddColumn;
import dev.plumb.model.Column;
import dev.plumb.model.Index;
import dev.plumb.model.IndexColumn;
import dev.plumb.model.Identifier;
import dev.plumb.model.PrimaryKey;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Table;
import dev.plumb.dialect.SqlStatement;
import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.ScriptStep;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:30:15.123Z");
    private static final QualifiedName CUSTOMER = QualifiedName.of("customer");

    /** Statements that are hard to write as Java literals; each must come back byte for byte. */
    private static final List<String> TRICKY = List.of(
            "insert into \"order\" (note) values ('it''s \"quoted\" C:\\temp\\new \\u0041')",
            """
            create table "order" (
                id bigint not null,
                note varchar(20) default 'a\\b',
                primary key (id)
            )""",
            "select '\"\"\"' as q,\n  '\"\"\"\"' as qq from \"order\"",
            "  indented first line\n\tand a tab\nand trailing spaces   \nwith \\\"escapes\\\" at the end\"",
            "  every line\n    is indented\n  \n  ",
            "\nstarts with a newline and ends with one\n",
            "crlf line\r\nnext line with $dollar and */ comment end");

    @TempDir
    Path root;

    private final MigrationWriter writer = new MigrationWriter(new MigrationHeader(MigrationHeader.BUILT_IN_TEMPLATE));

    private static Table customerTable() {
        return new Table(CUSTOMER, List.of(Column.of("id", "bigint", false), Column.of("email", "varchar(255)", true)),
                Optional.of(new PrimaryKey(Optional.empty(), List.of(new Identifier("id")))),
                List.of(), List.of(), List.of(), List.of());
    }

    private MigrationSpec spec(String version, String name, List<Change> changes,
                               Map<Dialect, List<String>> up, Map<Dialect, List<String>> down) {
        return new MigrationSpec(version, name, MigrationNames.humanize(name), NOW, changes,
                MigrationSpec.inTransaction(up), MigrationSpec.inTransaction(down));
    }

    private List<Migration> load(String packageName) {
        return new MigrationLoader().load(List.of(root), Optional.of(packageName));
    }

    @Test
    void writtenClassCompilesAndCarriesEveryStatementExactlyPerDialect() {
        MigrationSpec spec = spec("20261122093015", "CreateOrder", List.of(new CreateTable(customerTable())),
                Map.of(Dialect.POSTGRESQL, TRICKY, Dialect.H2, List.of("create table T (ID int)")),
                Map.of(Dialect.POSTGRESQL, List.of("drop table \"order\""), Dialect.H2, List.of("drop table T")));

        Path file = writer.write(spec, root, "db.migration");

        assertThat(file).isEqualTo(root.resolve("db/migration/V20261122093015__CreateOrder.java"));
        Migration migration = load("db.migration").get(0);
        assertThat(migration.getClass().getName()).isEqualTo("db.migration.V20261122093015__CreateOrder");
        assertThat(migration.version()).isEqualTo("20261122093015");
        assertThat(migration.description()).isEqualTo("Create order");
        Script up = new Script();
        migration.up(up);
        assertThat(up.statementsFor(Dialect.POSTGRESQL)).containsExactlyElementsOf(TRICKY);
        assertThat(up.statementsFor(Dialect.H2)).containsExactly("create table T (ID int)");
        Script down = new Script();
        migration.down(down);
        assertThat(down.statementsFor(Dialect.POSTGRESQL)).containsExactly("drop table \"order\"");
        assertThat(down.statementsFor(Dialect.H2)).containsExactly("drop table T");
    }

    /**
     * How a statement runs is what the spec says (its renderer decided), not read back from the SQL: the class calls
     * {@code outsideTransaction} for the statements refused in a transaction and {@code inOwnTransaction} for each
     * that needs one of its own, consecutive statements of one kind share a call, and no class overrides
     * {@code transactional(Dialect)} any more: the runtime applies the steps.
     */
    @Test
    void eachStatementRunsAsTheSpecSaysInStepsNotByTheSqlText() {
        Map<Dialect, List<SqlStatement>> up = Map.of(Dialect.POSTGRESQL, List.of(
                        SqlStatement.of("alter table customer add column a int"),
                        SqlStatement.of("alter table customer add column b int"),
                        SqlStatement.ownTransaction("alter table customer validate constraint ck_a"),
                        SqlStatement.ownTransaction("alter table customer validate constraint ck_b"),
                        SqlStatement.outsideTransaction("create index concurrently ix_a on customer (a)"),
                        SqlStatement.outsideTransaction("create index concurrently ix_b on customer (b)"),
                        SqlStatement.of("alter table customer alter column a set not null")),
                Dialect.H2, List.of(SqlStatement.of("create index ix_a on customer (a)")));
        Map<Dialect, List<SqlStatement>> down = Map.of(Dialect.POSTGRESQL,
                List.of(SqlStatement.outsideTransaction("drop index concurrently ix_a")), Dialect.H2, List.of());
        MigrationSpec spec = new MigrationSpec("20261122093015", "Steps", "Steps", NOW, List.of(), up, down);

        writer.write(spec, root, "a");
        String source = writer.toJavaFile(spec, "a").toString();

        assertThat(source).doesNotContain("transactional").contains("""
                        script.on(Dialect.POSTGRESQL,
                                "alter table customer add column a int",
                                "alter table customer add column b int");
                        script.inOwnTransaction(Dialect.POSTGRESQL,
                                "alter table customer validate constraint ck_a");
                        script.inOwnTransaction(Dialect.POSTGRESQL,
                                "alter table customer validate constraint ck_b");
                        script.outsideTransaction(Dialect.POSTGRESQL,
                                "create index concurrently ix_a on customer (a)",
                                "create index concurrently ix_b on customer (b)");
                        script.on(Dialect.POSTGRESQL,
                                "alter table customer alter column a set not null");
                """).contains("script.on(Dialect.H2);");
        Migration migration = load("a").get(0);
        Script script = new Script();
        migration.up(script);
        assertThat(script.stepsFor(Dialect.POSTGRESQL)).extracting(ScriptStep::transactional)
                .containsExactly(true, true, true, false, false, true);
        assertThat(script.stepsFor(Dialect.POSTGRESQL).get(0).statements()).hasSize(2);
        assertThat(script.stepsFor(Dialect.H2)).singleElement().extracting(ScriptStep::transactional)
                .isEqualTo(true);
        assertThat(migration.transactional(Dialect.POSTGRESQL)).as("the runtime runs the steps").isTrue();
    }

    @Test
    void multiLineStatementsAreTextBlocksOneStatementPerArgument() throws IOException {
        String source = writer.toJavaFile(spec("20261122093015", "CreateOrder", List.of(),
                Map.of(Dialect.POSTGRESQL, List.of("create table a (\n    id int\n)", "drop table b")),
                Map.of()), "m").toString();

        assertThat(source).contains("script.on(Dialect.POSTGRESQL,\n")
                .contains("\"\"\"\n                create table a (\n                    id int\n                )\"\"\",\n")
                .contains("\"drop table b\");")
                .contains("import dev.plumb.runtime.Dialect;");
    }

    @Test
    void javadocListsEveryChangeAndCallsOutDataLossAndLocking() {
        Index index = new Index(new Identifier("ix_email"), List.of(IndexColumn.ascending("email")), false);
        Column note = Column.of("note", "text", true);
        List<Change> changes = List.of(new CreateTable(customerTable()), new AddColumn(CUSTOMER, note),
                new CreateIndex(CUSTOMER, index), new DropColumn(CUSTOMER, Column.of("legacy", "int", true)));

        String source = writer.toJavaFile(spec("20261122093015", "CreateCustomer", changes,
                Map.of(Dialect.POSTGRESQL, List.of("select 1")), Map.of()), "m").toString();

        assertThat(source)
                .contains(" * Generated by Plumb at 2026-11-22T09:30:15Z for postgresql.")
                .contains(" * + table customer\n")
                .contains(" * + column customer.note text\n")
                .contains(" * + index ix_email on customer  [locking]\n")
                .contains(" * DATA LOSS: - column customer.legacy\n");
    }

    @Test
    void headerTemplateDropsCommentLinesAndFillsPlaceholders() {
        MigrationHeader header = new MigrationHeader("""
                # maintained by the platform team
                Made at ${generatedAt} for ${dialects}; see docs/migrations.md
                """);
        MigrationSpec spec = spec("20261122093015", "X", List.of(), Map.of(Dialect.H2, List.of("select 1"),
                Dialect.POSTGRESQL, List.of("select 1")), Map.of());

        assertThat(header.render(spec))
                .isEqualTo("Made at 2026-11-22T09:30:15Z for postgresql, h2; see docs/migrations.md");
    }

    @Test
    void emptyMigrationHasGuidingCommentsAndLoads() throws IOException {
        Path file = writer.write(MigrationSpec.empty("20261122093015", "BackfillEmail", "Backfill email", NOW),
                root, "m");

        assertThat(Files.readString(file)).contains("// Add the SQL that will apply this migration")
                .as("the commented example compiles once uncommented").contains("import dev.plumb.runtime.Dialect;");
        Migration migration = load("m").get(0);
        Script up = new Script();
        migration.up(up);
        assertThat(up.dialects()).isEmpty();
        assertThat(migration.description()).isEqualTo("Backfill email");
    }

    @Test
    void versionsFollowTheClockAndStayAheadOfExistingMigrationsSoFileOrderIsApplyOrder() {
        Path directory = MigrationWriter.packageDirectory(root, "m");
        String first = MigrationNames.nextVersion(NOW, directory);
        writer.write(spec(first, "CreateCustomer", List.of(), Map.of(), Map.of()), root, "m");
        String second = MigrationNames.nextVersion(NOW, directory);
        writer.write(spec(second, "AddEmail", List.of(), Map.of(), Map.of()), root, "m");
        String third = MigrationNames.nextVersion(NOW.minusSeconds(3600), directory);
        writer.write(spec(third, "AddNote", List.of(), Map.of(), Map.of()), root, "m");

        assertThat(first).isEqualTo("20261122093015");
        assertThat(second).isEqualTo("20261122093016");
        assertThat(third).isEqualTo("20261122093017");
        assertThat(load("m")).extracting(Migration::version).containsExactly(first, second, third);
    }

    @Test
    void namesAreCamelCasedAndDescriptionsHumanized() {
        assertThat(MigrationNames.camelCase("add custom domain")).isEqualTo("AddCustomDomain");
        assertThat(MigrationNames.camelCase("add_order-line")).isEqualTo("AddOrderLine");
        assertThat(MigrationNames.camelCase("AddCustomDomain")).isEqualTo("AddCustomDomain");
        assertThat(MigrationNames.humanize("AddCustomDomain")).isEqualTo("Add custom domain");
        assertThat(MigrationNames.humanize("AddSKUToOrder")).isEqualTo("Add SKU to order");
        assertThatThrownBy(() -> MigrationNames.camelCase("--")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ChangeTitles.titleOf(List.of(new CreateTable(customerTable())))).isEqualTo("Create customer");
        Table upper = new Table(QualifiedName.of("ORDER_LINE"), List.of(), Optional.empty(), List.of(), List.of(),
                List.of(), List.of());
        assertThat(MigrationNames.camelCase(ChangeTitles.titleOf(List.of(new CreateTable(upper)))))
                .isEqualTo("CreateOrderLine");
    }

    @Test
    void neverOverwritesAnExistingMigration() {
        MigrationSpec spec = spec("20261122093015", "CreateCustomer", List.of(), Map.of(), Map.of());
        writer.write(spec, root, "m");

        assertThatThrownBy(() -> writer.write(spec, root, "m")).hasMessageContaining("already exists");
    }
}
