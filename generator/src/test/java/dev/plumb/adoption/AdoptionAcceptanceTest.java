package dev.plumb.adoption;

import dev.plumb.reader.EntitySource;
import dev.plumb.reader.HibernateSchemaExport;
import dev.plumb.scenario.CoverageModel;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's acceptance, through the CLI as a user runs it, on real PostgreSQL and H2: a database a Flyway or a
 * Liquibase application made ({@link AdoptionFixture}) is adopted with {@code plumb baseline}, and the gate passes on
 * the baselined project (point 2); the first migration of the model on an empty database passes {@code --strict}
 * (point 6). Points 1, 3, 4 and 5 need managed objects: {@link AdoptionManagedObjectsTest}.
 */
class AdoptionAcceptanceTest {

    @TempDir
    Path cwd;

    /** Every fixture on every database. */
    static Stream<Arguments> fixtures() {
        return Stream.of(AdoptionFixture.values()).flatMap(fixture -> Stream.of(TestDatabase.Kind.values())
                .map(kind -> Arguments.of(fixture, kind)));
    }

    /**
     * Point 2: baseline, then {@code check --live}, {@code check} (the fixture's true discrepancies accepted by the
     * baseline) and {@code verify} pass, and the replay is the live schema.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("fixtures")
    void baselineRecordsTheSchemaSoTheGatePassesOnTheAdoptedDatabase(AdoptionFixture fixture, TestDatabase.Kind kind)
            throws IOException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            fixture.create(db);
            AdoptionProject project = new AdoptionProject(cwd, db);

            AdoptionProject.Run baseline = project.plumb("baseline", "--version", "1");
            assertThat(baseline.exitCode()).as(baseline.all()).isZero();
            Path written = project.migrations().resolve("V1__Baseline.java");
            assertThat(baseline.out()).contains(written.toString(), "Baselined at 1");
            String source = Files.readString(written);
            assertThat(source).contains("create table customer", "create table shedlock", "invoice_number_seq",
                            "idx_order_status_ordered_at", "on delete cascade", "on delete set null")
                    .doesNotContainIgnoringCase("flyway_schema_history").doesNotContainIgnoringCase("databasechangelog");
            if (kind == TestDatabase.Kind.POSTGRESQL) {
                assertThat(source).contains("create view order_totals as", "FUNCTION public.touch_updated_at()",
                        "CREATE TRIGGER customer_touch_updated_at BEFORE UPDATE ON customer",
                        "drop trigger customer_touch_updated_at on customer", "drop view order_totals");
            }

            AdoptionProject.Run live = project.plumb("check", "--live");
            assertThat(live.exitCode()).as(live.all()).isZero();
            AdoptionProject.Run check = project.plumb("check");
            assertThat(check.exitCode()).as(check.all()).isZero();
            AdoptionProject.Run verify = project.plumb("verify");
            assertThat(verify.exitCode()).as(verify.all()).isZero();
            assertThat(verify.out()).contains("Verified 1 migration");

            AdoptionProject.Run fromLive = project.plumb("generate", "--dry-run", "--allow-data-loss");
            AdoptionProject.Run fromMigrations = project.plumb("generate", "--dry-run", "--allow-data-loss",
                    "--from-migrations");
            assertThat(fromMigrations.exitCode()).as(fromMigrations.all()).isEqualTo(fromLive.exitCode());
            assertThat(fromMigrations.out()).isEqualTo(fromLive.out()).contains("alter table");

            AdoptionProject.Run migrate = project.plumb("migrate");
            assertThat(migrate.exitCode()).as(migrate.all()).isZero();
            assertThat(project.plumb("status").out()).containsIgnoringCase("baseline");
        }
    }

    /**
     * Point 2 for {@code check} (entities against migrations): a database that matches its entities (Hibernate's own
     * export of the shop) is baselined, and {@code check} finds the baseline produces the entities' schema.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void checkPassesOnADatabaseBaselinedFromItsEntities(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase db = TestDatabase.create(kind)) {
            db.execute(hibernateDdl(db).toArray(String[]::new));
            AdoptionProject project = new AdoptionProject(cwd, db);

            AdoptionProject.Run baseline = project.plumb("baseline", "--version", "1");
            assertThat(baseline.exitCode()).as(baseline.all()).isZero();

            for (List<String> command : List.of(List.of("check"), List.of("check", "--live"), List.of("verify"))) {
                AdoptionProject.Run run = project.plumb(command.toArray(String[]::new));
                assertThat(run.exitCode()).as(command + ": " + run.all()).isZero();
            }
        }
    }

    /** Point 6: the model's first migration on an empty database is all safe, so {@code --strict} writes it. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void firstMigrationOfTheModelOnAnEmptyDatabasePassesStrict(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            AdoptionProject project = new AdoptionProject(cwd, db);

            AdoptionProject.Run generate = project.plumb("generate", "--strict", "--name", "create shop");
            assertThat(generate.exitCode()).as(generate.all()).isZero();
            assertThat(project.plumb("migrate").exitCode()).isZero();
            AdoptionProject.Run check = project.plumb("check");
            assertThat(check.exitCode()).as(check.all()).isZero();
        }
    }

    private static List<String> hibernateDdl(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            EntitySource source = new EntitySource(List.of(CoverageModel.classpath()),
                    List.of(AdoptionFixture.ENTITY_PACKAGE), AdoptionFixture.PROPERTIES.stream()
                    .map(line -> line.split("=", 2))
                    .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1])));
            return new HibernateSchemaExport().createStatements(source, CoverageModel.target(connection));
        }
    }

}
