package dev.plumb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a command may touch of the outside world, passed in instead of read from statics, so that commands run
 * in-process in tests. {@code out} carries the product (paths, SQL, tables), {@code err} the diagnostics.
 */
public record CliContext(PrintWriter out, PrintWriter err, Path workingDirectory, Map<String, String> environment,
                         Clock clock, Prompt prompt) {

    /** A context without a terminal: nothing is asked ({@link Prompt#NONE}). */
    public CliContext(PrintWriter out, PrintWriter err, Path workingDirectory, Map<String, String> environment,
                      Clock clock) {
        this(out, err, workingDirectory, environment, clock, Prompt.NONE);
    }

    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        environment = Map.copyOf(environment);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(prompt, "prompt");
    }
}
