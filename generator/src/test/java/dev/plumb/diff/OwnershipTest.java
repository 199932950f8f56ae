package dev.plumb.diff;

import dev.plumb.dialect.postgres.PostgresDialect;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.plumb.diff.TableBuilder.ids;
import static dev.plumb.diff.TableBuilder.named;
import static dev.plumb.diff.TableBuilder.schema;
import static dev.plumb.diff.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

/** Which drops and weakenings {@link Ownership} leaves out, on diffs of in-memory schemas. */
class OwnershipTest {

    private static final QualifiedName BOOK = QualifiedName.of("book");

    private static TableBuilder book() {
        return table("book").identity("id", "bigint").column("author_id", "bigint").column("title", "varchar(50)");
    }

    private static ForeignKey author(ReferentialAction onDelete) {
        return new ForeignKey(named("fk_book_author"), ids("author_id"), QualifiedName.of("author"), ids("id"),
                onDelete);
    }

    private static Table authorTable() {
        return table("author").identity("id", "bigint").primaryKey("id").build();
    }

    private static List<Change> diff(Table current, Table desired) {
        return new PostgresDialect().differ().diff(schema(authorTable(), current), schema(authorTable(), desired));
    }

    @Test
    void aCascadeRuleTheEntityDoesNotStateIsKeptUnlessPlumbCreatedIt() {
        List<Change> changes = diff(book().foreignKey(author(ReferentialAction.CASCADE)).build(),
                book().foreignKey(author(ReferentialAction.NO_ACTION)).build());
        assertThat(changes).hasSize(2);

        Ownership.Split unmanaged = Ownership.recorded(Set.of()).split(changes);
        assertThat(unmanaged.changes()).isEmpty();
        assertThat(unmanaged.kept()).singleElement().isInstanceOf(DropForeignKey.class);

        String created = SchemaObjectIds.foreignKey(BOOK, author(ReferentialAction.CASCADE));
        assertThat(Ownership.recorded(Set.of(created)).split(changes).changes()).isEqualTo(changes);
        assertThat(Ownership.EVERYTHING.split(changes).changes()).isEqualTo(changes);
    }

    @Test
    void aRuleTheEntityAsksForIsATrueDiscrepancy() {
        List<Change> changes = diff(book().foreignKey(author(ReferentialAction.NO_ACTION)).build(),
                book().foreignKey(author(ReferentialAction.SET_NULL)).build());
        assertThat(Ownership.recorded(Set.of()).split(changes).changes()).hasSize(2);
    }

    @Test
    void anUnmanagedNotNullAndDefaultStayWhileATypeChangeGoesThrough() {
        Table current = book().build().withColumns(List.of(book().build().columns().get(0),
                book().build().columns().get(1), book().build().columns().get(2).withNullable(false)
                        .withDefault("'untitled'")));
        Table desired = book().build().withColumns(List.of(book().build().columns().get(0),
                book().build().columns().get(1), book().build().columns().get(2).withType("varchar(80)")));
        List<Change> changes = diff(current, desired);

        Ownership.Split split = Ownership.recorded(Set.of()).split(changes);
        AlterColumn alter = (AlterColumn) split.changes().get(0);
        assertThat(alter.to().nullable()).isFalse();
        assertThat(alter.to().defaultExpression()).isEqualTo(alter.from().defaultExpression());
        assertThat(alter.to().type()).isEqualTo("varchar(80)");
        assertThat(split.kept()).hasSize(2);

        Set<String> plumbMade = Set.of(SchemaObjectIds.notNull(BOOK, alter.to().name()),
                SchemaObjectIds.defaultOf(BOOK, alter.to().name()));
        assertThat(Ownership.recorded(plumbMade).split(changes).changes()).isEqualTo(changes);
    }

    @Test
    void anUnmanagedTableIsKeptWithItsIndexesAndForeignKeys() {
        Table legacy = table("legacy").identity("id", "bigint").column("author_id", "bigint").primaryKey("id")
                .foreignKey("author_id", "author", "id").index("legacy_author_idx", "author_id").build();
        List<Change> changes = new PostgresDialect().differ().diff(schema(authorTable(), legacy), schema(authorTable()));
        assertThat(changes).hasSize(3);

        Ownership.Split split = Ownership.recorded(Set.of()).split(changes);
        assertThat(split.changes()).isEmpty();
        assertThat(split.kept()).singleElement().isInstanceOf(DropTable.class);
        assertThat(Ownership.recorded(Set.of(SchemaObjectIds.table(legacy.name()))).split(changes).changes())
                .isEqualTo(changes);
    }

    @Test
    void whatAMigrationCreatesIsWhatItsInverseDrops() {
        Table legacy = table("legacy").identity("id", "bigint").notNull("code", "varchar(5)").unique("code").build();
        CreateTable create = new CreateTable(legacy);
        assertThat(SchemaObjectIds.created(create)).contains("table legacy", "not null legacy.code",
                "unique legacy (code)");
        assertThat(SchemaObjectIds.dropped(create.inverse())).isEqualTo(SchemaObjectIds.created(create));
    }
}
