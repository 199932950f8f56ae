package dev.plumb.diff;

import dev.plumb.model.ForeignKey;
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

/** A name Hibernate made up matches a database object of the same definition under any name. */
class NameOnlyDifferenceTest {

    private static TableBuilder book() {
        return table("book").identity("id", "bigint").column("author_id", "bigint").column("title", "varchar(50)");
    }

    private static ForeignKey author(String name) {
        return new ForeignKey(named(name), ids("author_id"), QualifiedName.of("author"), ids("id"),
                ReferentialAction.NO_ACTION);
    }

    private static List<Change> diff(Table current, Table desired) {
        Table author = table("author").identity("id", "bigint").primaryKey("id").build();
        return new SchemaDiffer().diff(schema(author, current), schema(author, desired));
    }

    @Test
    void aForeignKeyHibernateNamedMatchesTheSameForeignKeyUnderAnotherName() {
        assertThat(diff(book().foreignKey(author("book_author_fk")).build(),
                book().foreignKey(author("FK624gtjin3po807j3vix093tlf")).build())).isEmpty();
    }

    @Test
    void aForeignKeyTheEntityNamesMustCarryThatName() {
        assertThat(diff(book().foreignKey(author("book_author_fk")).build(),
                book().foreignKey(author("fk_book_author")).build())).hasSize(2);
    }

    @Test
    void anIndexHibernateNamedMatchesTheSameIndexUnderAnotherName() {
        assertThat(diff(book().index("book_title_idx", "title").build(),
                book().index("IDXb1e3e765qrmmauaci6wjbrsyb", "title").build())).isEmpty();
        assertThat(diff(book().index("book_title_idx", "title").build(),
                book().index("IDXb1e3e765qrmmauaci6wjbrsyb", "title, author_id").build())).hasSize(2);
    }

    @Test
    void anIndexTheEntityNamesMustCarryThatName() {
        assertThat(diff(book().index("book_title_idx", "title").build(),
                book().index("idx_book_title", "title").build())).hasSize(2);
    }

    @Test
    void aUniqueKeyHibernateNamedMatchesTheSameUniqueUnderAnotherName() {
        assertThat(diff(book().uniqueNamed("book_title_key", "title").build(),
                book().uniqueNamed("UKklnrv3weler2ftkweewlky958", "title").build())).isEmpty();
    }
}
