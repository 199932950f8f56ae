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
 * Issue 3, acceptance 1: a mapping the dialect cannot express gives one line naming the entity, its table and the
 * mapping, exit code 2, no stack trace and no migration; the same entities generate fine where the dialect can.
 * Issue 11, item 5: two table names equal in their first 63 bytes, which PostgreSQL would store as one.
 */
class UnsupportedMappingTest {

    private static final String PACKAGE = "dev.plumb.oracle.unsupported";
    private static final String LONG_NAMES = "dev.plumb.oracle.longnames";
    private static final String PREFIX = "shipment_line_items_awaiting_customs_clearance_at_the_destination_";

    @TempDir
    Path cwd;

    @Test
    void crossSchemaForeignKeyOnH2IsOneLineUsageError() {
        try (TestDatabase db = TestDatabase.h2()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int exitCode = generate(db, PACKAGE, out, err);

            assertThat(exitCode).isEqualTo(ExitCodes.USAGE);
            assertThat(err.toString().lines().toList()).singleElement().asString()
                    .startsWith("plumb generate: entity Branch (table branches.Branch): the foreign key (region_id)"
                            + " to Region cannot be expressed on H2")
                    .contains("@Table(schema = ...)");
            assertThat(out.toString()).isEmpty();
            assertThat(cwd.resolve("src")).doesNotExist();
        }
    }

    @Test
    void sameMappingGeneratesOnPostgres() {
        try (TestDatabase db = TestDatabase.postgres()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int exitCode = generate(db, PACKAGE, out, err);

            assertThat(exitCode).as(err.toString()).isZero();
            assertThat(out.toString()).contains("create schema branches");
        }
    }

    @Test
    void namesEqualInTheirFirst63BytesAreAUsageErrorOnPostgres() {
        try (TestDatabase db = TestDatabase.postgres()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int exitCode = generate(db, LONG_NAMES, out, err);

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
    void longNamesGenerateOnH2() {
        try (TestDatabase db = TestDatabase.h2()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int exitCode = generate(db, LONG_NAMES, out, err);

            assertThat(exitCode).as(err.toString()).isZero();
            assertThat(out.toString()).contains(PREFIX + "cleared", PREFIX + "created");
        }
    }

    private int generate(TestDatabase db, String entityPackage, StringWriter out, StringWriter err) {
        String[] args = {"generate", "--dry-run", "--url", db.url(), "--user", db.user(),
                "--password", db.password() == null ? "" : db.password(),
                "--entities", CoverageModel.classpath().toString(), "--packages", entityPackage,
                "--output", "src", "--migrations-package", "db.m"};
        return PlumbCli.run(args, new CliContext(new PrintWriter(out), new PrintWriter(err), cwd, Map.of(),
                Clock.systemUTC()));
    }
}
