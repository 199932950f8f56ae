package dev.plumb.diff;

import dev.plumb.dialect.postgres.PostgresDialect;
import dev.plumb.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.plumb.diff.TableBuilder.schema;
import static dev.plumb.diff.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

/** The adoption review's counts, on a diff of in-memory schemas. */
class DiscrepancyKindsTest {

    private static final Table AUTHOR = table("author").identity("id", "bigint").primaryKey("id").build();

    @Test
    void aLengthIsNotATypeAndAColumnAlterationCountsOncePerAspect() {
        Table current = table("book").identity("id", "bigint").column("title", "varchar(255)")
                .column("isbn", "varchar(20)").column("pages", "integer").column("author_id", "bigint").build();
        Table desired = table("book").identity("id", "bigint").notNull("title", "varchar(120)")
                .column("isbn", "varchar(13)").column("pages", "bigint").column("author_id", "bigint")
                .column("subtitle", "varchar(80)").unique("isbn").foreignKey("author_id", "author", "id")
                .index("book_pages_idx", "pages").build();

        List<Change> changes = new PostgresDialect().differ().diff(schema(AUTHOR, current), schema(AUTHOR, desired));

        assertThat(DiscrepancyKinds.count(changes)).containsEntry("length", 2).containsEntry("type", 1)
                .containsEntry("nullability", 1).containsEntry("missing column", 1)
                .containsEntry("missing unique", 1).containsEntry("missing foreign key", 1)
                .containsEntry("missing index", 1);
        assertThat(DiscrepancyKinds.summary(changes)).startsWith("2 length, ");
    }

    @Test
    void noChangesNoSummary() {
        assertThat(DiscrepancyKinds.summary(List.of())).isEmpty();
    }
}
