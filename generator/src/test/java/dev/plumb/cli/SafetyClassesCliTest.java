package dev.plumb.cli;

import dev.plumb.scenario.SampleEntities;
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
 * Safety classes that mean something, on real databases: everything added to a table the migration creates is safe,
 * so the first migration of a model passes {@code --strict}; a drop of something the database enforces is
 * {@code weakening}, and {@code --strict} refuses it until acknowledged.
 */
class SafetyClassesCliTest {

    @TempDir
    Path cwd;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theFirstMigrationOfAModelWithForeignKeysAndIndexesPassesStrict(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            CliRun run = plumb(db, "generate", "--strict", "--dry-run",
                    "--entities", SampleEntities.classpath().toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).contains("+ foreign key ").contains("+ index ").doesNotContain("[");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void droppingWhatTheDatabaseEnforcesIsWeakeningAndStrictRefusesIt(TestDatabase.Kind kind) throws IOException {
        CustomerEntity.compile(cwd, "@Column(length = 120)\nString email;\n");
        try (TestDatabase db = TestDatabase.create(kind)) {
            db.execute("create table customer (" + HandWrittenDdl.idColumn(kind) + ", "
                    + "email varchar(120) default 'none' not null, constraint uk_customer_email unique (email))"
                    + HandWrittenDdl.tableOptions(kind));
            CliRun dryRun = plumb(db, "generate", "--dry-run", "--prune", "--entities", "classes");
            assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
            assertThat(dryRun.err())
                    .containsIgnoringCase("- unique uk_customer_email on customer (email)  [weakening]")
                    .contains("~ column customer.email: null, default none  [weakening]");

            CliRun strict = plumb(db, "generate", "--strict", "--dry-run", "--prune", "--entities", "classes");
            assertThat(strict.exitCode()).isEqualTo(ExitCodes.DESTRUCTIVE_REFUSED);
            assertThat(strict.err()).contains("[weakening]").contains("--accept customer.");

            CliRun accepted = plumb(db, "generate", "--strict", "--accept", "customer", "--dry-run",
                    "--prune", "--entities", "classes");
            assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aReCreatedConstraintIsOneLineSayingWhatDiffers(TestDatabase.Kind kind) throws IOException {
        CustomerEntity.compile(cwd, """
                @Column(length = 120)
                @org.hibernate.annotations.Check(name = "ck_customer_email", constraints = "length(email) > 3")
                String email;
                @ManyToOne
                @JoinColumn(name = "referrer_id", foreignKey = @ForeignKey(name = "fk_customer_referrer"))
                @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)
                Customer referrer;
                """);
        try (TestDatabase db = TestDatabase.create(kind)) {
            db.execute("create table customer (" + HandWrittenDdl.idColumn(kind) + ", "
                    + "email varchar(120), referrer_id bigint, "
                    + "constraint ck_customer_email check (length(email) > 1), "
                    + "constraint fk_customer_referrer foreign key (referrer_id) references customer (id))"
                    + HandWrittenDdl.tableOptions(kind));
            CliRun run = plumb(db, "generate", "--dry-run", "--entities", "classes");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).contains(
                    "~ foreign key customer (referrer_id): on delete no action -> cascade  [data-dependent]")
                    .containsPattern("~ check customer ck_customer_email: \\(.*1.*\\) -> \\(length\\(email\\) > 3\\)")
                    .doesNotContain("- foreign key").doesNotContain("+ foreign key")
                    .doesNotContain("- check").doesNotContain("+ check");
            // https://mariadb.com/kb/en/alter-table/#drop-foreign-key : MariaDB drops a foreign key by that name
            String dropForeignKey = kind == TestDatabase.Kind.MARIADB ? "drop foreign key" : "drop constraint";
            assertThat(run.out()).contains(dropForeignKey + " fk_customer_referrer").contains("on delete cascade");
        }
    }

    private CliRun plumb(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", db.url(), "--user", db.user(), "--password", db.password()));
        return CliRun.plumb(cwd, Map.of(), all.toArray(String[]::new));
    }
}
