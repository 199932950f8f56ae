package dev.plumb.diff;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Column;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.PrimaryKey;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.Table;
import dev.plumb.model.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.plumb.diff.TableBuilder.ids;
import static dev.plumb.diff.TableBuilder.index;
import static dev.plumb.diff.TableBuilder.named;
import static dev.plumb.diff.TableBuilder.sequence;
import static dev.plumb.diff.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

class ChangeInverseTest {

    private static final QualifiedName T = QualifiedName.of("order");

    /** One instance of every kind of change. */
    static List<Change> oneOfEachKind() {
        Table table = table("order").identity("id", "bigint").column("user", "varchar(20)").primaryKey("id")
                .unique("user").check("id > 0").build();
        Column column = Column.of("user", "varchar(20)", true);
        PrimaryKey pk = new PrimaryKey(named("order_pkey"), ids("id"));
        UniqueConstraint unique = new UniqueConstraint(named("uk"), ids("user"));
        ForeignKey fk = new ForeignKey(named("fk"), ids("id"), QualifiedName.of("customer"), ids("id"),
                ReferentialAction.CASCADE);
        CheckConstraint check = new CheckConstraint(named("ck"), "id > 0");
        return List.of(new CreateTable(table), new DropTable(table), new AddColumn(T, column),
                new DropColumn(T, column), new AlterColumn(T, column, column.withNullable(false)),
                new AddPrimaryKey(T, pk), new DropPrimaryKey(T, pk),
                new AddUniqueConstraint(T, unique), new DropUniqueConstraint(T, unique),
                new AddForeignKey(T, fk), new DropForeignKey(T, fk),
                new CreateIndex(T, index("idx", "user desc", false)), new DropIndex(T, index("idx", "user", true)),
                new AddCheckConstraint(T, check), new DropCheckConstraint(T, check),
                new CreateSequence(sequence("s", 1, 50)), new DropSequence(sequence("s", 1, 50)),
                new AlterSequence(sequence("s", 1, 50), sequence("s", 1, 1)),
                new CreateSchema(Identifier.of("s")), new DropSchema(Identifier.of("s")),
                new RenameTable(T, QualifiedName.of("orders"), ids("id")),
                new RenameColumn(T, Identifier.of("user"), Identifier.of("buyer")),
                new RenameConstraint(T, RenameConstraint.Kind.FOREIGN_KEY, Identifier.of("fk_a"), Identifier.of("fk_b")),
                new RenameIndex(T, Identifier.of("idx_a"), Identifier.of("idx_b")),
                new AlterColumn(T, column, column.withNullable(false), Optional.of("'n/a'")));
    }

    @Test
    void everyKindIsCovered() {
        List<String> kinds = oneOfEachKind().stream().map(c -> c.getClass().getSimpleName()).distinct().sorted().toList();
        List<String> permitted = java.util.Arrays.stream(Change.class.getPermittedSubclasses())
                .map(Class::getSimpleName).sorted().collect(Collectors.toList());
        assertThat(kinds).isEqualTo(permitted);
    }

    @Test
    void inverseOfInverseIsTheChange() {
        for (Change change : oneOfEachKind()) {
            assertThat(change.inverse()).as(change.describe()).isNotEqualTo(change);
            assertThat(change.inverse().inverse()).as(change.describe()).isEqualTo(change);
        }
    }

    @Test
    void everySubjectIsFound() {
        for (Change change : oneOfEachKind()) {
            ChangeSubject subject = ChangeSubject.of(change);
            assertThat(subject.owner().toString()).as(change.describe()).isIn("order", "s");
            assertThat(ChangeSubject.of(change.inverse())).as("a change and its inverse sort together: "
                    + change.describe()).isEqualTo(subject);
        }
        assertThat(Optional.of(ChangeSubject.of(new AddForeignKey(T, new ForeignKey(Optional.empty(), ids("a, b"),
                T, ids("id, x"), ReferentialAction.NO_ACTION))).object())).contains("a,b");
    }
}
