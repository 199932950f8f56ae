package dev.plumb.maven;

import dev.plumb.cli.CliContext;
import dev.plumb.cli.PlumbCli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workflow {@code plumb init --ci github} writes into a project, reduced to what a runner executes: its
 * {@code run:} steps in order, once per entry of the {@code dialect} matrix, as one bash script that stops at the
 * first failing step. The {@code uses:} steps (checkout, setup-java) are what the test machine already is.
 */
record CiWorkflow(String yaml, List<String> dialects, List<String> steps) {

    private static final Pattern MATRIX = Pattern.compile("(?m)^\\s*dialect: \\[([^]]*)]$");
    private static final Pattern RUN = Pattern.compile("(?m)^\\s*(?:- )?run: (.+)$");

    /** Runs {@code plumb init --ci github} in {@code project} and reads the workflow it wrote. */
    static CiWorkflow github(Path project) throws IOException {
        StringWriter err = new StringWriter();
        int exitCode = PlumbCli.run(new String[] {"init", "--ci", "github"}, new CliContext(
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), project, Map.of(),
                Clock.systemUTC()));
        if (exitCode != 0) {
            throw new AssertionError("plumb init --ci github: exit " + exitCode + ": " + err);
        }
        String yaml = Files.readString(project.resolve(".github/workflows/plumb.yml"));
        Matcher matrix = MATRIX.matcher(yaml);
        if (!matrix.find()) {
            throw new AssertionError("no dialect matrix in\n" + yaml);
        }
        List<String> steps = new ArrayList<>();
        for (Matcher run = RUN.matcher(yaml); run.find(); ) {
            steps.add(run.group(1));
        }
        return new CiWorkflow(yaml, Arrays.stream(matrix.group(1).split(",")).map(String::strip).toList(), steps);
    }

    /** The steps for every dialect, {@code ${{ matrix.dialect }}} filled in, unset {@code vars} empty. */
    String script() {
        StringBuilder script = new StringBuilder("set -eo pipefail\n");
        for (String dialect : dialects) {
            for (String step : steps) {
                script.append(step.replace("${{ matrix.dialect }}", dialect)).append('\n');
            }
        }
        return script.toString();
    }
}
