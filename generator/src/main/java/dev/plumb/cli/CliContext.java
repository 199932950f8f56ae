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
                         Clock clock) {

    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        environment = Map.copyOf(environment);
        Objects.requireNonNull(clock, "clock");
    }
}
