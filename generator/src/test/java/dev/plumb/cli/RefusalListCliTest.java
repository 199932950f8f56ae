package dev.plumb.cli;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal names everything at once, on real databases: every possible rename, every drop, every column that becomes
 * NOT NULL without a value (with a {@code --backfill} example that fits its type), one per line, exit 4; and
 * {@code --dry-run} shows the whole plan with the refused changes marked, and still exits 4.
 */
class RefusalListCliTest {

    private static final String FIELDS = """
            @Column(nullable = false, length = 120)
            String email;
            @Column(name = "full_name", length = 50)
            String fullName;
            @Column(length = 30)
            String phone;
            @Column(nullable = false)
            long visits;
            @Column(nullable = false)
            boolean active;
            @Column(nullable = false)
            java.time.LocalDate born;
            @Column(nullable = false)
            java.time.LocalDateTime seen;
            """;

    @TempDir
    Path cwd;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void everyRefusedObjectIsListedAndTheDryRunShowsTheWholePlan(TestDatabase.Kind kind) throws IOException {
        CustomerEntity.compile(cwd, FIELDS);
        try (TestDatabase db = TestDatabase.create(kind)) {
            db.execute("create table customer (" + HandWrittenDdl.idColumn(kind) + ", "
                    + "email varchar(120), display_name varchar(50), fax varchar(30))"
                    + HandWrittenDdl.tableOptions(kind),
                    "create table legacy_audit (id integer)" + HandWrittenDdl.tableOptions(kind));
            CliRun run = plumb(db, "generate", "--dry-run", "--prune");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.DESTRUCTIVE_REFUSED);
            assertThat(run.err()).contains(
                    "  - column customer.display_name disappears and customer.full_name appears: "
                            + "--rename customer.display_name=full_name",
                    "  - column customer.fax disappears and customer.phone appears: --rename customer.fax=phone",
                    "  - table legacy_audit",
                    "  - column customer.email varchar(120): --backfill customer.email=''",
                    "  - column customer.visits bigint: --backfill customer.visits=0",
                    "  - column customer.born date: --backfill customer.born=current_date",
                    "DATA LOSS: - table legacy_audit  [refused]",
                    "+ column customer.visits bigint  [refused]");
            if (kind == TestDatabase.Kind.MARIADB) {
                // Hibernate maps boolean to bit(1) and LocalDateTime to datetime(6) on MariaDB; 0 is a bit value
                assertThat(run.err()).contains(
                        "  - column customer.active bit(1): --backfill customer.active=0",
                        "  - column customer.seen datetime(6): --backfill customer.seen=current_timestamp");
            } else {
                assertThat(run.err()).contains(
                        "  - column customer.active boolean: --backfill customer.active=false",
                        "  - column customer.seen timestamp(6): --backfill customer.seen=current_timestamp");
            }
            assertThat(run.out()).contains("-- up (").contains("drop table legacy_audit");
            assertThat(run.err().lines().filter(line -> line.startsWith("plumb generate:"))).singleElement()
                    .asString().contains("4 possible renames").contains("1 change loses data")
                    .contains("5 columns become NOT NULL");

            CliRun markdown = plumb(db, "generate", "--dry-run", "--prune", "--format", "markdown");
            assertThat(markdown.exitCode()).isEqualTo(ExitCodes.DESTRUCTIVE_REFUSED);
            assertThat(markdown.out()).contains("| `-` | table legacy_audit | **DATA LOSS** **[refused]** |");
        }
    }

    private CliRun plumb(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", db.url(), "--user", db.user(), "--password", db.password(), "--entities",
                "classes"));
        return CliRun.plumb(cwd, Map.of(), all.toArray(String[]::new));
    }
}
