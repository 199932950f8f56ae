package dev.plumb.cli;

import dev.plumb.compile.MigrationLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input from the user ends in a documented exit code and one line that names the object and the fix, never in
 * "internal error" (exit 1) or a library's stack trace; a password is masked only where it stands as a password.
 */
class InputErrorsCliTest {

    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/db";

    @TempDir
    Path cwd;

    private CliRun plumb(String... args) {
        return CliRun.plumb(cwd, Map.of(), args);
    }

    /** The run failed with {@code exitCode} and exactly one line on stderr, nothing on stdout. */
    private static CliRun assertOneLine(CliRun run, int exitCode) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).doesNotContain("internal error");
        assertThat(run.out()).isEmpty();
        return run;
    }

    @Test
    void anUnwritableOutputIsAConfigurationErrorNamingTheDirectory() throws IOException {
        Path file = Files.writeString(cwd.resolve("notes.txt"), "a file, not a directory");

        CliRun underAFile = assertOneLine(plumb("new", "--name", "first", "--output", "notes.txt/src"),
                ExitCodes.USAGE);
        CliRun cannotCreate = assertOneLine(plumb("new", "--name", "first", "--output", "/proc/plumb/src"),
                ExitCodes.USAGE);

        assertThat(underAFile.err()).startsWith("plumb new: cannot write to " + file.resolve("src/migrations"))
                .contains(file + " is a file, not a directory").endsWith("choose a writable --output\n");
        assertThat(cannotCreate.err()).startsWith("plumb new: cannot write to /proc/plumb/src/migrations")
                .contains("--output");
    }

    @Test
    void thePasswordIsMaskedWhereItIsAPasswordAndNowhereElse() {
        CliRun run = assertOneLine(plumb("status", "--url", UNREACHABLE + "?password=postgres&connectTimeout=2",
                "--user", "postgres", "--password", "postgres", "--migrations", "."), ExitCodes.DATABASE_UNAVAILABLE);

        assertThat(run.err()).startsWith("plumb status: cannot connect to jdbc:postgresql://127.0.0.1:1/db?"
                + "password=****&connectTimeout=2 as postgres: ");
    }

    @Test
    void unsupportedAndNonJdbcUrlsAreConfigurationErrorsThatNameTheSupportedDatabases() {
        for (String url : List.of("jdbc:sqlserver://127.0.0.1:1;databaseName=db", "jdbc:mysql://127.0.0.1:1/db",
                "postgres://app:s3cret@127.0.0.1:1/db")) {
            CliRun run = assertOneLine(plumb("status", "--url", url, "--migrations", "."), ExitCodes.USAGE);

            assertThat(run.err()).as(url).contains("PostgreSQL (jdbc:postgresql://HOST:PORT/DATABASE)")
                    .contains("H2 (jdbc:h2:file:PATH").contains("MariaDB (jdbc:mariadb://HOST:PORT/DATABASE)")
                    .contains("--url").doesNotContain("s3cret")
                    .doesNotContain("No suitable driver");
        }
        assertThat(plumb("status", "--url", "postgres://app:s3cret@127.0.0.1:1/db", "--migrations", ".").err())
                .startsWith("plumb status: postgres://app:****@127.0.0.1:1/db is not a JDBC URL: it must start "
                        + "with jdbc:");
    }

    @Test
    void aBackfillThatIsNotOneExpressionIsRefusedBeforeAnyConnection() throws IOException {
        Files.createDirectories(cwd.resolve("classes"));
        for (String value : List.of("'x'; drop table customer", "'x' -- where is gone", "'x' /* c */",
                "E'\\''; drop table customer; --'", "'unterminated")) {
            CliRun run = assertOneLine(plumb("generate", "--url", UNREACHABLE, "--entities", "classes",
                    "--backfill", "customer.code=" + value), ExitCodes.USAGE);

            assertThat(run.err()).as(value).startsWith("plumb generate: --backfill customer.code=")
                    .contains("must be one SQL expression");
        }
    }

    @Test
    void anEntityThatNeedsAClassMissingFromTheEntitiesIsAConfigurationError() throws IOException {
        compile(Map.of("dep/Aspect.java", "package dep; public interface Aspect { }",
                "shop/AuditListener.java", """
                        package shop;
                        public class AuditListener implements dep.Aspect {
                            @jakarta.persistence.PrePersist
                            public void touch(Object entity) { }
                        }""",
                "shop/Customer.java", """
                        package shop;
                        import jakarta.persistence.*;
                        @Entity
                        @EntityListeners(AuditListener.class)
                        public class Customer {
                            @Id Long id;
                            String email;
                        }"""));
        Files.delete(cwd.resolve("classes/dep/Aspect.class"));

        CliRun run = assertOneLine(plumb("generate", "--dry-run", "--entities", "classes", "--url",
                "jdbc:h2:mem:missingclass"), ExitCodes.USAGE);

        assertThat(run.err()).startsWith("plumb generate: shop.Customer needs class dep.Aspect, which is not on "
                + "--entities").endsWith("add the jar or folder that holds it to --entities\n");
    }

    @Test
    void h2sOwnTraceNeverReachesTheTerminalWithoutVerbose() throws Exception {
        Files.createDirectories(cwd.resolve("src/main/java"));

        Process quiet = plumbProcess("status", "--url", "jdbc:h2:file:/proc/plumb/db");
        Process verbose = plumbProcess("status", "--verbose", "--url", "jdbc:h2:file:/proc/plumb/db");

        String quietErr = finish(quiet);
        assertThat(quiet.exitValue()).as(quietErr).isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
        assertThat(quietErr.lines()).as(quietErr).hasSize(1);
        assertThat(new String(quiet.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        assertThat(finish(verbose)).contains("\tat ");
    }

    @Test
    void theExitCodesInHelpStayInsideTheUsageWidthAndIndented() {
        List<String> lines = plumb("generate", "--help").out().lines().toList();
        List<String> footer = lines.subList(lines.indexOf("Exit codes:") + 1, lines.size());

        assertThat(footer).hasSizeGreaterThan(8)
                .allSatisfy(line -> assertThat(line).startsWith("  ").hasSizeLessThan(80));
    }

    @Test
    void theExampleInANewMigrationCompilesWhenUncommented() throws IOException {
        Path file = Path.of(plumb("new", "--name", "fix data").out().strip());
        Files.writeString(file, Files.readString(file).replace("// script.on(", "script.on("));

        assertThat(new MigrationLoader().load(List.of(cwd.resolve("src/main/java")), Optional.of("migrations")))
                .hasSize(1);
    }

    @Test
    void countsReadInTheRightNumber() {
        String url = "jdbc:h2:file:" + cwd.resolve("db");
        plumb("new", "--name", "first");
        assertThat(plumb("migrate", "--url", url).exitCode()).isZero();

        assertThat(plumb("rollback", "--steps", "2", "--url", url).err())
                .contains("Cannot roll back 2 migrations: only 1 is applied");
        assertThat(plumb("verify", "--dialect", "h2").out()).startsWith("Verified 1 migration on H2");
    }

    /** Writes the sources (path under the package root → text) and compiles them into {@code classes}. */
    private void compile(Map<String, String> sources) throws IOException {
        List<String> args = new ArrayList<>(List.of("-d", cwd.resolve("classes").toString(), "-classpath",
                System.getProperty("java.class.path")));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path path = cwd.resolve("entities").resolve(source.getKey());
            Files.createDirectories(path.getParent());
            args.add(Files.writeString(path, source.getValue()).toString());
        }
        int result = ToolProvider.getSystemJavaCompiler().run(null, OutputStream.nullOutputStream(), System.err,
                args.toArray(String[]::new));
        assertThat(result).isZero();
    }

    /** {@code plumb} as its own process, as a user runs it: only there do libraries reach the real stderr. */
    private Process plumbProcess(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), PlumbCli.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(cwd.toFile()).start();
    }

    private static String finish(Process process) throws Exception {
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return err;
    }
}
