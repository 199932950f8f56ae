package dev.plumb.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** One in-process {@code plumb} run in a working directory: its exit code and what went to stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:15Z"), ZoneOffset.UTC);

    static CliRun plumb(Path cwd, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = PlumbCli.run(args, new CliContext(new PrintWriter(out), new PrintWriter(err), cwd, environment,
                CLOCK));
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
