package dev.plumb.diff;

import dev.plumb.dialect.mariadb.MariaDbDialect;
import dev.plumb.dialect.postgres.PostgresDialect;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.plumb.diff.TableBuilder.ids;
import static dev.plumb.diff.TableBuilder.named;
import static dev.plumb.diff.TableBuilder.schema;
import static dev.plumb.diff.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name Hibernate made up matches a database object of the same definition under any name; a name the entity
 * states, found on the same definition under another name, is a rename.
 */
class NameOnlyDifferenceTest {

    private static final QualifiedName BOOK = QualifiedName.of("book");

    private static Identifier id(String name) {
        return new Identifier(name);
    }

    private static TableBuilder book() {
        return table("book").identity("id", "bigint").column("author_id", "bigint").column("title", "varchar(50)");
    }

    private static ForeignKey author(String name) {
        return new ForeignKey(named(name), ids("author_id"), QualifiedName.of("author"), ids("id"),
                ReferentialAction.NO_ACTION);
    }

    private static List<Change> diff(Table current, Table desired) {
        Table author = table("author").identity("id", "bigint").primaryKey("id").build();
        return new PostgresDialect().differ().diff(schema(author, current), schema(author, desired));
    }

    @Test
    void aForeignKeyHibernateNamedMatchesTheSameForeignKeyUnderAnotherName() {
        assertThat(diff(book().foreignKey(author("book_author_fk")).build(),
                book().foreignKey(author("FK624gtjin3po807j3vix093tlf")).build())).isEmpty();
    }

    @Test
    void aForeignKeyTheEntityNamesUnderAnotherNameIsRenamed() {
        assertThat(diff(book().foreignKey(author("book_author_fk")).build(),
                book().foreignKey(author("fk_book_author")).build())).containsExactly(
                new RenameConstraint(BOOK, RenameConstraint.Kind.FOREIGN_KEY, id("book_author_fk"),
                        id("fk_book_author")));
    }

    @Test
    void aForeignKeyTheEntityNamesWithAnotherRuleIsDroppedAndAdded() {
        ForeignKey cascading = new ForeignKey(named("fk_book_author"), ids("author_id"), QualifiedName.of("author"),
                ids("id"), ReferentialAction.CASCADE);
        assertThat(diff(book().foreignKey(author("book_author_fk")).build(),
                book().foreignKey(cascading).build())).hasSize(2).noneMatch(RenameConstraint.class::isInstance);
    }

    /** MariaDB cannot rename a foreign key or a check: its naming says so, and the differ drops and adds them. */
    @Test
    void whereTheDialectCannotRenameAConstraintItIsDroppedAndAddedUnderTheNewName() {
        Table author = table("author").identity("id", "bigint").primaryKey("id").build();
        Table current = book().foreignKey(author("book_author_fk")).checkNamed("book_check", "author_id > 0")
                .uniqueNamed("book_title_key", "title").build();
        Table desired = book().foreignKey(author("fk_book_author")).checkNamed("ck_author", "author_id > 0")
                .uniqueNamed("uk_book_title", "title").build();

        List<Change> changes = new MariaDbDialect().differ().diff(schema(author, current), schema(author, desired));

        assertThat(changes).containsExactlyInAnyOrder(
                new DropForeignKey(BOOK, author("book_author_fk")), new AddForeignKey(BOOK, author("fk_book_author")),
                new DropCheckConstraint(BOOK, current.checks().get(0)),
                new AddCheckConstraint(BOOK, desired.checks().get(0)),
                new RenameConstraint(BOOK, RenameConstraint.Kind.UNIQUE, id("book_title_key"), id("uk_book_title")));
    }

    @Test
    void aUniqueTheEntityNamesUnderAnotherNameIsRenamed() {
        assertThat(diff(book().uniqueNamed("book_title_key", "title").build(),
                book().uniqueNamed("uk_book_title", "title").build())).containsExactly(
                new RenameConstraint(BOOK, RenameConstraint.Kind.UNIQUE, id("book_title_key"), id("uk_book_title")));
    }

    @Test
    void aCheckTheEntityNamesUnderAnotherNameIsRenamed() {
        assertThat(diff(book().checkNamed("book_check", "author_id > 0").build(),
                book().checkNamed("ck_positive_author", "author_id > 0").build())).containsExactly(
                new RenameConstraint(BOOK, RenameConstraint.Kind.CHECK, id("book_check"), id("ck_positive_author")));
    }

    @Test
    void theObjectAlreadyCarryingTheNameIsKeptAndItsTwinNotRenamed() {
        assertThat(diff(book().uniqueNamed("uk_book_title", "title").uniqueNamed("other_key", "title").build(),
                book().uniqueNamed("uk_book_title", "title").build()))
                .containsExactly(new DropUniqueConstraint(BOOK,
                        new dev.plumb.model.UniqueConstraint(named("other_key"), ids("title"))));
    }

    @Test
    void anIndexHibernateNamedMatchesTheSameIndexUnderAnotherName() {
        assertThat(diff(book().index("book_title_idx", "title").build(),
                book().index("IDXb1e3e765qrmmauaci6wjbrsyb", "title").build())).isEmpty();
        assertThat(diff(book().index("book_title_idx", "title").build(),
                book().index("IDXb1e3e765qrmmauaci6wjbrsyb", "title, author_id").build())).hasSize(2);
    }

    @Test
    void anIndexTheEntityNamesUnderAnotherNameIsRenamed() {
        assertThat(diff(book().index("book_title_idx", "title").build(),
                book().index("idx_book_title", "title").build())).containsExactly(
                new RenameIndex(BOOK, id("book_title_idx"), id("idx_book_title")));
    }

    @Test
    void anIndexTheEntityNamesOverOtherColumnsIsDroppedAndCreated() {
        assertThat(diff(book().index("book_title_idx", "title").build(),
                book().index("idx_book_title", "title, author_id").build())).hasSize(2)
                .noneMatch(RenameIndex.class::isInstance);
    }

    @Test
    void aRenameUndoesItselfAndIsSafe() {
        RenameIndex rename = new RenameIndex(BOOK, id("a"), id("b"));
        assertThat(rename.inverse()).isEqualTo(new RenameIndex(BOOK, id("b"), id("a")));
        assertThat(rename.safety()).isEqualTo(Safety.SAFE);
        assertThat(new RenameConstraint(BOOK, RenameConstraint.Kind.FOREIGN_KEY, id("fk_old"), id("fk_new"))
                .describe()).isEqualTo("~ foreign key fk_old -> fk_new on book");
        assertThat(DiscrepancyKinds.summary(List.of(rename))).isEqualTo("1 rename");
    }

    @Test
    void aUniqueKeyHibernateNamedMatchesTheSameUniqueUnderAnotherName() {
        assertThat(diff(book().uniqueNamed("book_title_key", "title").build(),
                book().uniqueNamed("UKklnrv3weler2ftkweewlky958", "title").build())).isEmpty();
    }

    private static List<String> listed(Table current, Table desired) {
        Table author = table("author").identity("id", "bigint").primaryKey("id").build();
        return NameOnlyDifferences.between(schema(author, current), schema(author, desired));
    }

    @Test
    void theReviewListsEachObjectMatchedUnderAnotherNameAndEveryPlanLeavesItAlone() {
        Table current = book().foreignKey(author("book_author_fk")).uniqueNamed("book_title_key", "title")
                .index("ix_book_title", "title").build();
        Table desired = book().foreignKey(author("FK624gtjin3po807j3vix093tlf"))
                .uniqueNamed("UK6dotkott2kjsp8vw4d0m25fb7", "title").index("IDXa1b2c3d4e5f6g7h8i9j0k1l2m", "title")
                .build();

        assertThat(diff(current, desired)).isEmpty();
        assertThat(listed(current, desired)).containsExactly(
                "= unique on book (title): named book_title_key in the database, \"UK6dotkott2kjsp8vw4d0m25fb7\" by"
                        + " Hibernate",
                "= foreign key on book (author_id) references author: named book_author_fk in the database,"
                        + " \"FK624gtjin3po807j3vix093tlf\" by Hibernate",
                "= index on book (title): named ix_book_title in the database, \"IDXa1b2c3d4e5f6g7h8i9j0k1l2m\" by"
                        + " Hibernate");
    }

    @Test
    void aPrimaryKeyInAnotherColumnOrderIsListedNotRecreated() {
        Table current = table("book").notNull("isbn", "varchar(13)").notNull("edition", "integer")
                .primaryKey("edition, isbn").build();
        Table desired = table("book").notNull("isbn", "varchar(13)").notNull("edition", "integer")
                .primaryKey("isbn, edition").build();

        assertThat(diff(current, desired)).isEmpty();
        assertThat(listed(current, desired)).containsExactly("= primary key on book: (edition, isbn) in the"
                + " database, (isbn, edition) in the entities; the order is kept");
    }

    @Test
    void neitherARenameTheEntityAsksForNorAnIdenticalNameNorAnotherDefinitionIsListed() {
        assertThat(listed(book().foreignKey(author("book_author_fk")).build(),
                book().foreignKey(author("fk_book_author")).build())).isEmpty();
        assertThat(listed(book().foreignKey(author("FK624gtjin3po807j3vix093tlf")).build(),
                book().foreignKey(author("FK624gtjin3po807j3vix093tlf")).build())).isEmpty();
        assertThat(listed(book().index("ix_book_title", "title").build(),
                book().index("IDXa1b2c3d4e5f6g7h8i9j0k1l2m", "author_id").build())).isEmpty();
    }
}
