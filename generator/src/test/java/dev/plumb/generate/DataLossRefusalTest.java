package dev.plumb.generate;

import dev.plumb.dialect.Dialects;
import dev.plumb.dialect.SqlDialect;
import dev.plumb.diff.RenameHints;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;
import dev.plumb.runtime.Dialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.plumb.diff.TableBuilder.schema;
import static dev.plumb.diff.TableBuilder.sequence;
import static dev.plumb.diff.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * Drops of tables, columns and sequences need {@code --allow-data-loss}; one refusal lists all of them. The CLI half
 * (exit 4, the list on stderr, the confirmation) is in {@code RenameConfirmationCliTest}.
 */
class DataLossRefusalTest {

    private final SqlDialect h2 = Dialects.of(Dialect.H2).orElseThrow();
    private final MigrationGenerator generator = new MigrationGenerator();

    private final Table customer = table("customer").notNull("id", "bigint").primaryKey("id").build();
    private final Schema before = schema(List.of(table("customer").notNull("id", "bigint").column("phone",
                    "varchar(30)").primaryKey("id").build(), table("legacy").notNull("id", "integer").build()),
            sequence("legacy_seq", 1, 50));
    private final Schema after = schema(customer);

    @Test
    void everyDropIsRefusedInOneRefusalThatListsThemAll() {
        assertThatThrownBy(() -> generator.migrationBetween(h2, before, after))
                .asInstanceOf(type(DestructiveChangeException.class))
                .satisfies(refusal -> assertThat(refusal.losses()).containsExactlyInAnyOrder(
                        "- column customer.phone", "- table legacy", "- sequence legacy_seq"))
                .extracting(Throwable::getMessage).asString().startsWith("3 changes lose data")
                .contains("--allow-data-loss");
    }

    @Test
    void allowedDropsAreWrittenAndADriftReportListsThemWithoutRefusing() {
        assertThat(generator.migrationBetween(h2, before, after, new GenerateOptions(RenameHints.NONE, true)).up())
                .hasSize(3);
        assertThat(generator.migrationBetween(h2, before, after, GenerateOptions.REPORT_ONLY).up()).hasSize(3);
    }

    @Test
    void aNarrowingTypeChangeIsNotADrop() {
        Schema wide = schema(table("customer").notNull("id", "bigint").column("phone", "varchar(30)")
                .primaryKey("id").build());
        Schema narrow = schema(table("customer").notNull("id", "bigint").column("phone", "varchar(10)")
                .primaryKey("id").build());

        assertThat(generator.migrationBetween(h2, wide, narrow).up()).hasSize(1);
    }
}
