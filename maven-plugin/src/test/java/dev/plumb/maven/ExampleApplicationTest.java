package dev.plumb.maven;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example application {@code examples/spring-boot-shop} (Spring Boot 4, six entities, the starter, plumb-junit,
 * the plugin, no Plumb code of its own) through the real {@code mvn}, from no migrations: {@code plumb:generate}
 * writes the first with Spring Boot's join-table name and the SQL of both its databases (PostgreSQL and H2), the same
 * as the one committed in the example; its own tests start it on H2 with {@code ddl-auto=validate} and read
 * {@code /actuator/plumb}, and its {@code assertNoDrift()} passes under Spring Boot's Hibernate and Logback; built,
 * it starts on an empty PostgreSQL database the same way;
 * after an entity change without a migration, {@code plumb:check} and that test both fail with the missing SQL.
 * The CI job {@code plumb init --ci github} writes passes on a fresh clone of the example.
 */
@Tag("slow")
class ExampleApplicationTest {

    private static final String MAIN_CLASS = "com.example.shop.ShopApplication";

    @Test
    void generatesStartsAndGatesDrift() throws Exception {
        Path project = MavenRun.example("spring-boot-shop");
        Path migrations = project.resolve("src/main/java/com/example/shop/migrations");
        String committed = Files.readString(javaFiles(migrations).get(0));
        MavenRun.delete(migrations);

        MavenRun.Result generated = MavenRun.mvn(project, "plumb:generate", "-Dplumb.name=init");
        assertThat(generated.exitCode()).as(generated.log()).isZero();
        List<Path> written = javaFiles(migrations);
        assertThat(written).singleElement().asString().endsWith("__Init.java");
        String regenerated = Files.readString(written.get(0));
        assertThat(regenerated).contains("create table product_categories (", "script.on(Dialect.POSTGRESQL,",
                "script.on(Dialect.H2,");
        assertThat(withoutVersion(regenerated)).as("the example's committed migration is what generate writes")
                .isEqualTo(withoutVersion(committed));

        Path classpathFile = project.resolve("target/classpath.txt");
        MavenRun.Result built = MavenRun.mvn(project, "verify", "plumb:check",
                "org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath",
                "-DincludeScope=runtime", "-Dmdep.outputFile=" + classpathFile);
        assertThat(built.exitCode()).as(built.log()).isZero();
        assertThat(built.log()).contains("Plumb: applied 1 migration(s)", "Tests run: 2, Failures: 0, Errors: 0",
                "No drift: 1 migration verified on PostgreSQL", "No drift: 1 migration verified on H2");
        startsOnAnEmptyPostgresDatabase(project, RunningApplication.classpath(project, classpathFile));

        Path customer = project.resolve("src/main/java/com/example/shop/Customer.java");
        Files.writeString(customer, Files.readString(customer).replace("private String lastName;",
                "private String lastName;\n\n    private String phone;"));
        MavenRun.Result check = MavenRun.mvn(project, "compile", "plumb:check");
        assertThat(check.exitCode()).as(check.log()).isNotZero();
        assertThat(check.log()).contains("alter table customer add column phone");

        MavenRun.Result test = MavenRun.mvn(project, "test", "-Dtest=MigrationsCoverEntitiesTest");
        assertThat(test.exitCode()).as(test.log()).isNotZero();
        assertThat(test.log()).contains("plumb check failed (exit 3)", "alter table customer add column phone")
                .doesNotContain("LoggerFactory is not a Logback LoggerContext", "NoSuchMethodError");
    }

    /**
     * The built application as it runs in production: a plain {@code java} process on its classes and runtime
     * dependencies (no H2 among them), its own {@code application.properties} ({@code ddl-auto=validate}) with only
     * {@code spring.datasource.*} pointing at a new, empty PostgreSQL database. The starter applies the committed
     * migration's PostgreSQL SQL before Hibernate validates, so the application listens at all only if the schema
     * is the one its entities need.
     */
    private static void startsOnAnEmptyPostgresDatabase(Path project, List<Path> classpath) throws Exception {
        assertThat(classpath).as("the runtime class path").noneMatch(jar -> jar.getFileName().toString()
                .startsWith("h2-"));
        try (TestDatabase database = TestDatabase.postgres()) {
            try (RunningApplication app = RunningApplication.start(project, classpath, MAIN_CLASS,
                    "--spring.datasource.url=" + database.url(),
                    "--spring.datasource.username=" + database.user(),
                    "--spring.datasource.password=" + Objects.requireNonNullElse(database.password(), ""))) {
                assertThat(app.log()).contains("Plumb: applied 1 migration(s)");
                assertThat(app.get("/actuator/plumb")).contains("\"description\":\"Init\"",
                        "\"state\":\"APPLIED\"").doesNotContain("PENDING");
            }
            try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                 ResultSet tables = statement.executeQuery("select count(*) from information_schema.tables "
                         + "where table_schema = 'public' and table_name in ('product', 'product_categories')")) {
                assertThat(tables.next()).isTrue();
                assertThat(tables.getInt(1)).as("the example's tables on PostgreSQL").isEqualTo(2);
            }
        }
    }

    /**
     * The example as a user's repository (committed, then cloned, so nothing built travels along), {@code plumb init
     * --ci github} in the clone, and the workflow's {@code run:} steps in order as a runner would run them, with
     * Plumb's artifacts in the local Maven repository as {@code mvn install} of Plumb leaves them.
     */
    @Test
    void theWorkflowPlumbInitWritesPassesOnAFreshClone() throws Exception {
        Path repository = MavenRun.example("spring-boot-shop", "spring-boot-shop-repository");
        Path clone = repository.resolveSibling("spring-boot-shop-clone");
        MavenRun.delete(clone);
        MavenRun.Result cloned = MavenRun.shell(repository, "git init -q . && git add -A && git -c user.name=Dev "
                + "-c user.email=dev@example.com commit -qm 'Shop' && git clone -q . '" + clone + "'");
        assertThat(cloned.exitCode()).as(cloned.log()).isZero();

        CiWorkflow workflow = CiWorkflow.github(clone);
        assertThat(workflow.dialects()).containsExactly("postgresql", "h2");
        MavenRun.Result ci = MavenRun.shell(clone, workflow.script());
        assertThat(ci.exitCode()).as(ci.log()).isZero();
        assertThat(ci.log()).contains(":check (default-cli) @ spring-boot-shop",
                "No drift: 1 migration verified on PostgreSQL", "No drift: 1 migration verified on H2");
    }

    /** The text with its timestamp version (class name and {@code version()}) and generation time blanked. */
    private static String withoutVersion(String migration) {
        return migration.replaceAll("\\d{4}-\\d{2}-\\d{2}T[\\d:]+Z", "WHEN").replaceAll("\\d{14}", "VERSION");
    }

    private static List<Path> javaFiles(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}
