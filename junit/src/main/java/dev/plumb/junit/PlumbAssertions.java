package dev.plumb.junit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One-line drift assertions for JUnit 5 (or any test framework: failures are {@link AssertionError}s):
 *
 * <pre>{@code
 * @Test
 * void migrationsCoverTheEntities() {
 *     PlumbAssertions.assertNoDrift();   // reads plumb.properties from the working directory
 * }
 * }</pre>
 *
 * <p>Runs {@code plumb check} with the given options in a separate JVM on the Plumb CLI (see {@link CliClasspath}),
 * so the settings, the scratch database and the report are exactly those of the CLI, and Plumb's Hibernate, JDBC
 * drivers and logging never meet the application's: plumb-junit itself has no dependency. The entities are the test
 * JVM's own class path ({@code --entities}, unless the options name it), so Spring Boot's naming strategies and the
 * application's converters are found as the application finds them. On failure the message is the report
 * {@code plumb check} prints (the missing changes and their SQL, or the migration whose down is not faithful).
 */
public final class PlumbAssertions {

    private PlumbAssertions() {
    }

    /** {@code plumb check} in the working directory, configured by its {@code plumb.properties}. */
    public static void assertNoDrift() {
        assertNoDrift(Path.of("").toAbsolutePath());
    }

    /**
     * {@code plumb check} as if run in {@code workingDirectory} with {@code options}, for example
     * {@code "--migrations", "src/main/java", "--dialect", "postgresql"}.
     */
    public static void assertNoDrift(Path workingDirectory, String... options) {
        Result result = check(workingDirectory, options);
        if (result.exitCode() != 0) {
            throw new AssertionError("plumb check failed (exit " + result.exitCode() + "):\n" + result.output());
        }
    }

    /** The exit code and combined output of {@code plumb check}, for assertions of your own. */
    public static Result check(Path workingDirectory, String... options) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(),
                // the CLI runs without an SLF4J provider (as in plumb-maven-plugin): no warning about it in the report
                "-Dslf4j.internal.verbosity=ERROR", "-cp", CliClasspath.resolve(),
                "dev.plumb.cli.PlumbCli", "check"));
        if (!List.of(options).contains("--entities")) {
            command.addAll(List.of("--entities", System.getProperty("java.class.path")));
        }
        command.addAll(List.of(options));
        try {
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("plumb-junit could not start " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while plumb check ran", e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java")
                .toString();
    }

    /** What {@code plumb check} returned and printed (stdout and stderr, interleaved). */
    public record Result(int exitCode, String output) {
    }
}
