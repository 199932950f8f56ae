package dev.plumb.cli;

import dev.plumb.scenario.CoverageModel;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3, acceptance 3: against a database Hibernate created from the mapping-coverage model, {@code plumb generate}
 * prints {@code No changes}, on every database the model is read for ({@link CoverageModel#kinds()}: Hibernate's own
 * MariaDB DDL for the default-naming model fails on the reserved word {@code longText}, so that model runs on
 * PostgreSQL and H2 only). Hibernate settings (the naming strategy) come from the {@code plumb.properties} in the
 * working directory, as for a user.
 */
class CoverageModelGenerateTest {

    @TempDir
    Path cwd;

    static Stream<Arguments> cases() {
        return Stream.of(CoverageModel.DEFAULT_NAMING, CoverageModel.SNAKE_CASE)
                .flatMap(model -> model.kinds().stream().map(kind -> Arguments.of(model, kind)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void generateAgainstHibernatesDatabasePrintsNoChanges(CoverageModel model, TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            db.execute(model.hibernateDdl(db).toArray(String[]::new));
            writeProperties(model);

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            List<String> args = new ArrayList<>(List.of("generate", "--url", db.url(), "--user", db.user(),
                    "--entities", CoverageModel.classpath().toString(), "--packages", model.entityPackage(),
                    "--output", "src", "--migrations-package", "db.m"));
            if (db.password() != null && !db.password().isEmpty()) {
                args.addAll(List.of("--password", db.password()));
            }
            int exitCode = PlumbCli.run(args.toArray(String[]::new), new CliContext(new PrintWriter(out),
                    new PrintWriter(err), cwd, Map.of(), Clock.systemUTC()));

            assertThat(exitCode).as(err.toString()).isZero();
            assertThat(out.toString().strip()).isEqualTo("No changes");
            assertThat(cwd.resolve("src")).doesNotExist();
        }
    }

    private void writeProperties(CoverageModel model) throws IOException {
        Files.writeString(cwd.resolve("plumb.properties"), model.settings().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n")));
    }
}
