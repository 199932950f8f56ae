package dev.plumb.cli;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code online} setting end to end: {@code generate} writes PostgreSQL's online forms for a table that exists
 * (default, {@code --online}), the plain ones with {@code --online=false} or {@code online=false} in
 * {@code plumb.properties}, and says above each statement, in {@code --dry-run} and in the class's Javadoc, what it
 * locks and for how long.
 */
class OnlineFormsCliTest {

    private static final String INDEXED = "@Table(name = \"customer\", indexes = "
            + "@Index(name = \"idx_customer_email\", columnList = \"email\"))";
    private static final String FIELDS = "@Column(length = 120)\nString email;\n";

    @TempDir
    Path cwd;

    @Test
    void dryRunNotesTheLockAboveEachStatementOnlineByDefault() throws IOException {
        CustomerEntity.compile(cwd, INDEXED, FIELDS);
        try (TestDatabase db = populated()) {
            CliRun run = plumb(db, "generate", "--dry-run", "--entities", "classes");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("""
                    -- lock: SHARE UPDATE EXCLUSIVE on customer for the whole build (two scans): writers do not wait
                    create index concurrently idx_customer_email on customer (email);
                    """);
            assertThat(run.err()).as("not locking on PostgreSQL, online").contains(
                    "+ index idx_customer_email on customer\n");
        }
    }

    /** {@code --strict} refuses what blocks writers: the plain build, not the concurrent one. */
    @Test
    void strictPassesTheConcurrentBuildAndRefusesThePlainOne() throws IOException {
        CustomerEntity.compile(cwd, INDEXED, FIELDS);
        try (TestDatabase db = populated()) {
            CliRun online = plumb(db, "generate", "--strict", "--dry-run", "--entities", "classes");
            assertThat(online.exitCode()).as(online.err()).isZero();
            CliRun plain = plumb(db, "generate", "--strict", "--dry-run", "--online=false", "--entities", "classes");
            assertThat(plain.exitCode()).isEqualTo(ExitCodes.DESTRUCTIVE_REFUSED);
            assertThat(plain.err()).contains("+ index idx_customer_email on customer  [locking]");
        }
    }

    @Test
    void onlineFalseWritesThePlainFormsFromTheFlagOrTheFile() throws IOException {
        CustomerEntity.compile(cwd, INDEXED, FIELDS);
        String plain = """
                -- lock: SHARE on customer for the whole build: writers wait
                create index idx_customer_email on customer (email);
                """;
        try (TestDatabase db = populated()) {
            CliRun flag = plumb(db, "generate", "--dry-run", "--online=false", "--entities", "classes");
            assertThat(flag.exitCode()).as(flag.err()).isZero();
            assertThat(flag.out()).contains(plain).doesNotContain("concurrently");
            CliRun spaced = plumb(db, "generate", "--dry-run", "--online", "false", "--entities", "classes");
            assertThat(spaced.out()).as("as the Maven plugin passes it").contains(plain);

            Files.writeString(cwd.resolve("plumb.properties"), "online=false\n");
            CliRun file = plumb(db, "generate", "--dry-run", "--entities", "classes");
            assertThat(file.out()).as(file.err()).contains(plain);
            CliRun over = plumb(db, "generate", "--dry-run", "--online", "--entities", "classes");
            assertThat(over.out()).as("the flag beats the file").contains("create index concurrently");

            Files.writeString(cwd.resolve("plumb.properties"), "online=sometimes\n");
            CliRun bad = plumb(db, "generate", "--dry-run", "--entities", "classes");
            assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(bad.err()).contains("online 'sometimes' is not true or false: set online=true or online=false");
        }
    }

    @Test
    void theGeneratedJavadocListsEachStatementsLock() throws IOException {
        CustomerEntity.compile(cwd, INDEXED, FIELDS);
        try (TestDatabase db = populated()) {
            CliRun run = plumb(db, "generate", "--entities", "classes");
            assertThat(run.exitCode()).as(run.err()).isZero();
            Path written;
            try (Stream<Path> files = Files.walk(cwd.resolve("src"))) {
                written = files.filter(p -> p.toString().endsWith(".java")).findFirst().orElseThrow();
            }
            assertThat(Files.readString(written)).contains("Locks, statement by statement (worst case):",
                    "-- up (postgresql)", "1. create index concurrently idx_customer_email on customer (email)",
                    "   SHARE UPDATE EXCLUSIVE on customer for the whole build (two scans): writers do not wait",
                    "-- down (postgresql)", "1. drop index concurrently idx_customer_email");
        }
    }

    @Test
    void generateAndCheckTakeTheOption() {
        assertThat(PlumbCli.options("generate")).containsEntry("online", true);
        assertThat(PlumbCli.options("check")).containsEntry("online", true);
        assertThat(PlumbCli.options("migrate")).doesNotContainKey("online");
    }

    private static TestDatabase populated() {
        TestDatabase db = TestDatabase.postgres();
        db.execute("create table customer (id bigint generated by default as identity primary key, "
                + "email varchar(120))", "insert into customer (email) values ('ada@example.org')");
        return db;
    }

    private CliRun plumb(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", db.url(), "--user", db.user(), "--password", db.password()));
        return CliRun.plumb(cwd, Map.of(), all.toArray(String[]::new));
    }
}
