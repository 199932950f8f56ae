package dev.plumb.maven;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every goal on the sample project {@code src/it/shop} (three JPA entities, no migration yet, H2), through the real
 * {@code mvn}: the entities come from the project's classes and dependencies (no {@code entities} setting anywhere),
 * migrations are written to and compiled from its sources, and a failing goal fails the build with Plumb's one-line
 * message and no stack trace; the CI job {@code plumb init --ci github} writes passes when its steps run as a
 * script. The sample counts as a Spring Boot application (see its
 * {@code SpringImplicitNamingStrategy}), so its join table gets Spring Boot's name.
 */
@Tag("slow")
class MavenPluginTest {

    @Test
    void everyGoalRunsOnAProjectAndFailuresAreOneLine() throws Exception {
        Path project = MavenRun.sample("shop");

        // baseline below the new migration's version: the database counts as adopted, the migration stays pending
        MavenRun.Result generated = MavenRun.mvn(project, "plumb:generate", "plumb:baseline", "-Dplumb.name=init",
                "-Dplumb.baseline-version=20000101000000");
        assertThat(generated.exitCode()).as(generated.log()).isZero();
        assertThat(generated.log()).contains("Baselined at 20000101000000");
        Path migrations = project.resolve("src/main/java/com/example/shop/migrations");
        assertThat(javaFiles(migrations)).singleElement().asString().matches("V\\d+__Init\\.java");
        assertThat(generated.log()).contains("+ table customer").doesNotContain("HHH000001");
        // Spring Boot's naming (its SpringImplicitNamingStrategy is on the classpath), with no setting anywhere
        assertThat(Files.readString(migrations.resolve(javaFiles(migrations).get(0))))
                .contains("create table product_categories (", "unit_price integer");

        MavenRun.Result applied = MavenRun.mvn(project, "plumb:migrate", "plumb:validate", "plumb:repair",
                "plumb:status", "plumb:check", "plumb:verify", "plumb:new", "plumb:rollback",
                "-Dplumb.name=seed customers");
        assertThat(applied.exitCode()).as(applied.log()).isZero(); // the baseline and init count as applied
        assertThat(applied.log()).contains("Applied ", "Valid: 2 applied, 0 pending", "Nothing to repair", "applied",
                "No drift: 1 migration verified on H2", "Rolled back", "BUILD SUCCESS");
        assertThat(javaFiles(migrations)).hasSize(2).anyMatch(name -> name.endsWith("__SeedCustomers.java"));

        // the job plumb init --ci github writes, its steps run as the runner would: plumb:check, never ./plumb
        CiWorkflow workflow = CiWorkflow.github(project);
        assertThat(workflow.dialects()).containsExactly("h2");
        assertThat(workflow.steps()).noneMatch(step -> step.contains("./plumb"));
        MavenRun.Result ci = MavenRun.shell(project, workflow.script());
        assertThat(ci.exitCode()).as(ci.log()).isZero();
        assertThat(ci.log()).contains(":check (default-cli) @ shop", "No drift: 2 migrations verified on H2");

        Path entity = project.resolve("src/main/java/com/example/shop/Customer.java");
        Files.writeString(entity, Files.readString(entity).replace("private String email;",
                "private String email;\n    private String phone;"));
        MavenRun.Result drift = MavenRun.mvn(project, "plumb:check");
        assertThat(drift.exitCode()).as(drift.log()).isNotZero();
        assertThat(drift.log()).contains("alter table customer add column phone",
                "plumb check failed (exit 3, drift found)").doesNotContain("\tat dev.plumb");

        // -Dplumb.url beats the POM's <url> (README, Maven plugin: a command line is the more specific)
        MavenRun.Result misconfigured = MavenRun.mvn(project, "plumb:status", "-Dplumb.url=postgres://localhost/shop");
        assertThat(misconfigured.exitCode()).as(misconfigured.log()).isNotZero();
        assertThat(misconfigured.log()).contains("[ERROR] Failed to execute goal dev.plumb:plumb-maven-plugin:",
                "plumb status: postgres://localhost/shop is not a JDBC URL").doesNotContain("\tat dev.plumb");
    }

    private static List<String> javaFiles(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".java")).sorted()
                    .toList();
        }
    }
}
