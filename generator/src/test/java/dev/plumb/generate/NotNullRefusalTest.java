package dev.plumb.generate;

import dev.plumb.dialect.Dialects;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.diff.Backfills;
import dev.plumb.diff.HintException;
import dev.plumb.diff.RenameHints;
import dev.plumb.model.Schema;
import dev.plumb.runtime.Dialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.plumb.diff.TableBuilder.schema;
import static dev.plumb.diff.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A new NOT NULL needs a value for existing rows: the entity's default, a backfill, or a refusal. */
class NotNullRefusalTest {

    private final SqlDialect h2 = Dialects.of(Dialect.H2).orElseThrow();
    private final MigrationGenerator generator = new MigrationGenerator();

    private final Schema before = schema(table("CUSTOMER").notNull("ID", "bigint").column("NAME", "varchar(100)")
            .primaryKey("ID").build());
    private final Schema after = schema(table("CUSTOMER").notNull("ID", "bigint").notNull("NAME", "varchar(100)")
            .notNull("CODE", "varchar(20)").primaryKey("ID").build());

    @Test
    void withoutBackfillOrDefaultTheGeneratorRefusesNamingTheColumnAndTheFlag() {
        assertThatThrownBy(() -> generator.migrationBetween(h2, before, after))
                .isInstanceOf(DestructiveChangeException.class)
                .hasMessage("2 columns become NOT NULL without a default, so existing rows need a value: pass "
                        + "--backfill TABLE.COLUMN=SQL-EXPRESSION for each (the value below fits its type), or give "
                        + "them a default in the entity")
                .extracting(e -> ((DestructiveChangeException) e).lines()).asList().containsExactly(
                        "- column customer.code varchar(20): --backfill customer.code=''",
                        "- column customer.name varchar(100): --backfill customer.name=''");
        GenerateOptions one = new GenerateOptions(RenameHints.NONE, Backfills.parse(List.of("customer.name='x'")),
                false);
        assertThatThrownBy(() -> generator.migrationBetween(h2, before, after, one))
                .hasMessage("column customer.code becomes NOT NULL without a default, so existing rows need a value: "
                        + "pass --backfill customer.code=SQL-EXPRESSION (for example --backfill customer.code=''), "
                        + "or give it a default in the entity");
    }

    @Test
    void backfillsAddNullableThenUpdateThenSetNotNullAndDownReverses() {
        GenerateOptions options = new GenerateOptions(RenameHints.NONE,
                Backfills.parse(List.of("customer.code='C-' || id", "customer.name='unknown'")), false);
        GeneratedMigration migration = generator.migrationBetween(h2, before, after, options);
        assertThat(migration.up()).containsExactly(
                "alter table customer add column code varchar(20)",
                "update customer set code = 'C-' || id where code is null",
                "alter table customer alter column code set not null",
                "update customer set name = 'unknown' where name is null",
                "alter table customer alter column name set not null");
        assertThat(migration.down()).containsExactly(
                "alter table customer alter column name drop not null",
                "alter table customer alter column code drop not null",
                "alter table customer drop column code");
    }

    @Test
    void aBackfillForAColumnThatDoesNotBecomeNotNullIsAUsageError() {
        GenerateOptions options = new GenerateOptions(RenameHints.NONE,
                Backfills.parse(List.of("customer.code='x'", "customer.name='y'", "customer.id=1")), false);
        assertThatThrownBy(() -> generator.migrationBetween(h2, before, after, options))
                .isInstanceOf(HintException.class)
                .hasMessageStartingWith("--backfill customer.id=1: that column does not become NOT NULL");
        assertThatThrownBy(() -> Backfills.parse(List.of("code='x'")))
                .isInstanceOf(HintException.class).hasMessageContaining("TABLE.COLUMN=SQL-EXPRESSION");
    }
}
