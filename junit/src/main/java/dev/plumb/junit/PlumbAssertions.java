package dev.plumb.junit;

import dev.plumb.cli.PlumbCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * <p>Runs {@code plumb check} in-process with the given options, so the settings, the scratch database and the
 * report are exactly those of the CLI: on failure the message is the report {@code plumb check} prints (the missing
 * changes and their SQL, or the migration whose down is not faithful).
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
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(List.of(options));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = PlumbCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                workingDirectory, Map.copyOf(System.getenv()));
        return new Result(exitCode, out + err.toString());
    }

    /** What {@code plumb check} returned and printed (stdout, then stderr). */
    public record Result(int exitCode, String output) {
    }
}
