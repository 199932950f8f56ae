package dev.plumb.cli;

import dev.plumb.scenario.CoverageModel;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 5: two table names equal in their first 63 bytes are a mapping PostgreSQL cannot express. {@code
 * generate} says so in one line naming both (exit 2), writes nothing, and shows no stack trace; H2 takes the same
 * entities.
 */
class LongNamesTest {

    private static final String PACKAGE = "dev.plumb.oracle.longnames";
    private static final String PREFIX = "shipment_line_items_awaiting_customs_clearance_at_the_destination_";

    @TempDir
    Path cwd;

    @Test
    void namesEqualInTheirFirst63BytesAreAUsageErrorOnPostgres() {
        try (TestDatabase db = TestDatabase.postgres()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int exitCode = generate(db, out, err);

            assertThat(exitCode).isEqualTo(ExitCodes.USAGE);
            assertThat(err.toString().lines().toList()).singleElement().asString()
                    .startsWith("plumb generate: table " + PREFIX)
                    .contains(PREFIX + "cleared", PREFIX + "created", "first 63 bytes", "shorter name")
                    .doesNotContain("Exception");
            assertThat(out.toString()).isEmpty();
            assertThat(cwd.resolve("src")).doesNotExist();
        }
    }

    @Test
    void sameMappingGeneratesOnH2() {
        try (TestDatabase db = TestDatabase.h2()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int exitCode = generate(db, out, err);

            assertThat(exitCode).as(err.toString()).isZero();
            assertThat(out.toString()).contains(PREFIX + "cleared", PREFIX + "created");
        }
    }

    private int generate(TestDatabase db, StringWriter out, StringWriter err) {
        String[] args = {"generate", "--dry-run", "--url", db.url(), "--user", db.user(),
                "--password", db.password() == null ? "" : db.password(),
                "--entities", CoverageModel.classpath().toString(), "--packages", PACKAGE,
                "--output", "src", "--migrations-package", "db.m"};
        return PlumbCli.run(args, new CliContext(new PrintWriter(out), new PrintWriter(err), cwd, Map.of(),
                Clock.systemUTC()));
    }
}
