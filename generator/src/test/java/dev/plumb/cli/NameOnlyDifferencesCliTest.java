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
 * On real databases: a foreign key the entity leaves unnamed (Hibernate makes up {@code FK...}) matches the
 * database's under the name a hand-written schema gave it: no change, and the review says what it ignored.
 */
class NameOnlyDifferencesCliTest {

    @TempDir
    Path cwd;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anUnnamedForeignKeyUnderAnotherNameIsNoChange(TestDatabase.Kind kind) throws IOException {
        CustomerEntity.compile(cwd, """
                @Column(nullable = false, length = 120)
                String email;
                @Column(length = 20)
                String code;
                @ManyToOne
                Customer referrer;
                """);
        try (TestDatabase db = TestDatabase.create(kind)) {
            db.execute("create table customer (" + HandWrittenDdl.idColumn(kind) + ", "
                    + "code varchar(20), email varchar(120) not null, referrer_id bigint, "
                    + "constraint customer_referrer_fk foreign key (referrer_id) references customer (id))"
                    + HandWrittenDdl.tableOptions(kind));
            CliRun run = plumb(db, "generate", "--dry-run", "--entities", "classes");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out().strip()).as(run.err()).startsWith("No changes").containsPattern(
                    "(?i)-- ignored as name-only \\(same definition, another name or column order\\), 1:\\n"
                            + "-- = foreign key on customer \\(referrer_id\\) references customer: named "
                            + "customer_referrer_fk in the database, \"?FK\\w+\"? by Hibernate");
            assertThat(run.err()).doesNotContain(ReviewReport.KEPT);
        }
    }

    private CliRun plumb(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", db.url(), "--user", db.user(), "--password", db.password()));
        return CliRun.plumb(cwd, Map.of(), all.toArray(String[]::new));
    }
}
