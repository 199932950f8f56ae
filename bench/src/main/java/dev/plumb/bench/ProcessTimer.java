package dev.plumb.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a whole process and measures it: wall time here, CPU time (user + system) and peak resident set
 * size from GNU time's {@code -v} report ({@code /usr/bin/time}, required: without it CPU and memory would be
 * guesses).
 */
final class ProcessTimer {

    private static final Path TIME = Path.of("/usr/bin/time");

    /** One run: wall and CPU milliseconds, peak RSS in kilobytes, exit code, standard output and error. */
    record Run(long wallMillis, long cpuMillis, long maxRssKb, int exit, String stdout, String stderr) {
    }

    private final Path workDir;
    private final Map<String, String> environment;

    ProcessTimer(Path workDir, Map<String, String> environment) {
        if (!Files.isExecutable(TIME)) {
            throw new IllegalStateException("/usr/bin/time is missing: install GNU time (apt-get install time)");
        }
        this.workDir = workDir;
        this.environment = environment;
    }

    Run run(List<String> command) {
        try {
            Path report = Files.createTempFile(workDir, "time", ".txt");
            Path out = Files.createTempFile(workDir, "out", ".txt");
            Path err = Files.createTempFile(workDir, "err", ".txt");
            List<String> full = new ArrayList<>(List.of(TIME.toString(), "-v", "-o", report.toString()));
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().keySet().removeIf(key -> key.startsWith("PLUMB_"));
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            int exit = builder.start().waitFor();
            long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
            long cpu = Math.round(1000 * (seconds(lines, "User time (seconds):")
                    + seconds(lines, "System time (seconds):")));
            long rss = Math.round(seconds(lines, "Maximum resident set size (kbytes):"));
            Run run = new Run(wall, cpu, rss, exit, Files.readString(out), Files.readString(err));
            for (Path file : List.of(report, out, err)) {
                Files.delete(file);
            }
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(List<String> lines, String label) {
        return lines.stream().map(String::trim).filter(l -> l.startsWith(label))
                .mapToDouble(l -> Double.parseDouble(l.substring(label.length()).trim())).findFirst().orElse(-1);
    }
}
