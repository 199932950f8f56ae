package dev.plumb.generate;

import dev.plumb.dialect.Dialects;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.diff.DropColumn;
import dev.plumb.diff.RenameColumn;
import dev.plumb.diff.HintException;
import dev.plumb.diff.RenameHints;
import dev.plumb.diff.RenameTable;
import dev.plumb.diff.Safety;
import dev.plumb.model.Schema;
import dev.plumb.runtime.Dialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.plumb.diff.TableBuilder.schema;
import static dev.plumb.diff.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Possible renames are refused unless declared or data loss is allowed; declared ones become renames. */
class RenameRefusalTest {

    private final SqlDialect postgres = Dialects.of(Dialect.POSTGRESQL).orElseThrow();
    private final MigrationGenerator generator = new MigrationGenerator();

    private final Schema before = schema(table("customer").notNull("id", "bigint").column("display_name",
            "varchar(100)").primaryKey("id").build());
    private final Schema after = schema(table("customer").notNull("id", "bigint").column("full_name",
            "varchar(200)").primaryKey("id").build());

    @Test
    void anUndeclaredColumnRenameIsRefusedWithTheHintToPass() {
        assertThatThrownBy(() -> generator.migrationBetween(postgres, before, after))
                .isInstanceOf(DestructiveChangeException.class)
                .hasMessage("column customer.display_name disappears and customer.full_name appears: if it was "
                        + "renamed, pass --rename customer.display_name=full_name (or annotate the field "
                        + "@RenamedFrom(\"display_name\")); to drop it and add the new one, losing its data, pass "
                        + "--allow-data-loss");
    }

    @Test
    void allowDataLossDropsAndAddsFlaggedAsDataLoss() {
        GeneratedMigration migration = generator.migrationBetween(postgres, before, after,
                new GenerateOptions(RenameHints.NONE, true));
        assertThat(migration.up()).containsExactly("alter table customer drop column display_name",
                "alter table customer add column full_name varchar(200)");
        assertThat(migration.plan().up()).filteredOn(c -> c instanceof DropColumn)
                .allMatch(c -> c.safety() == Safety.DATA_LOSS).hasSize(1);
    }

    @Test
    void aDeclaredColumnRenameRenamesThenAltersTheType() {
        GeneratedMigration migration = generator.migrationBetween(postgres, before, after, new GenerateOptions(
                RenameHints.parse(List.of("customer.DISPLAY_NAME=full_name"), List.of()), false));
        assertThat(migration.plan().up().get(0)).isInstanceOf(RenameColumn.class);
        assertThat(migration.up()).containsExactly(
                "alter table customer rename column display_name to full_name",
                "alter table customer alter column full_name set data type varchar(200)");
        assertThat(migration.down()).containsExactly(
                "alter table customer alter column full_name set data type varchar(100)",
                "alter table customer rename column full_name to display_name");
    }

    @Test
    void anUndeclaredTableRenameIsRefusedAndADeclaredOneRenames() {
        Schema renamed = schema(table("client").notNull("id", "bigint").column("display_name", "varchar(100)")
                .primaryKey("id").build());
        assertThatThrownBy(() -> generator.migrationBetween(postgres, before, renamed))
                .isInstanceOf(DestructiveChangeException.class)
                .hasMessageStartingWith("table customer disappears and table client appears: if it was renamed, "
                        + "pass --rename-table customer=client");
        GeneratedMigration migration = generator.migrationBetween(postgres, before, renamed,
                new GenerateOptions(RenameHints.parse(List.of(), List.of("customer=client")), false));
        assertThat(migration.plan().up()).containsExactly(new RenameTable(before.tables().get(0).name(),
                renamed.tables().get(0).name(), List.of()));
    }

    @Test
    void aHintThatNamesNothingIsAUsageError() {
        GenerateOptions typo = new GenerateOptions(RenameHints.parse(List.of("customer.dispaly_name=full_name"),
                List.of()), false);
        assertThatThrownBy(() -> generator.migrationBetween(postgres, before, after, typo))
                .isInstanceOf(HintException.class)
                .hasMessageContaining("no column dispaly_name in table customer");
        assertThatThrownBy(() -> RenameHints.parse(List.of("full_name"), List.of()))
                .isInstanceOf(HintException.class).hasMessageContaining("TABLE.OLD=NEW");
    }

    @Test
    void aRenameAlreadyAppliedIsANoOp() {
        GeneratedMigration migration = generator.migrationBetween(postgres, after, after, new GenerateOptions(
                RenameHints.parse(List.of("customer.display_name=full_name"), List.of()), false));
        assertThat(migration.isEmpty()).isTrue();
    }
}
