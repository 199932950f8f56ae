package dev.plumb.maven;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spring Boot application of a sample project started the way it runs in production: a plain {@code java} process
 * on its built classes and dependencies (no test framework, no Maven), on a random HTTP port, with the JIT's first
 * tier only (it starts sooner; nothing here runs long). Closing it stops it as a deployment would (SIGTERM, so
 * Spring Boot shuts down and the database is closed cleanly).
 */
final class RunningApplication implements AutoCloseable {

    private static final Pattern PORT = Pattern.compile("started on port\\D*(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    private final int port;

    private RunningApplication(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts {@code mainClass} in {@code project} on {@code classpath} with Spring Boot {@code arguments}
     * ({@code --key=value}) and waits until its web server listens; fails with the log if it stops first.
     */
    static RunningApplication start(Path project, List<Path> classpath, String mainClass, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-cp", String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()),
                mainClass, "--server.port=0"));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(project.getParent(), project.getFileName() + "-app-", ".log");
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Matcher port = PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (port.find()) {
                return new RunningApplication(process, log, Integer.parseInt(port.group(1)));
            }
            if (process.waitFor(500, TimeUnit.MILLISECONDS)) {
                throw new AssertionError(mainClass + " stopped (exit " + process.exitValue() + ") before it listened:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        }
        process.destroyForcibly();
        throw new AssertionError(mainClass + " did not listen within " + START_TIMEOUT + "; see " + log);
    }

    /**
     * The class path of a built sample project: its {@code target/classes}, then the dependencies listed in
     * {@code classpathFile} as {@code dependency:build-classpath -Dmdep.outputFile=...} wrote them.
     */
    static List<Path> classpath(Path project, Path classpathFile) throws IOException {
        List<Path> classpath = new ArrayList<>(List.of(project.resolve("target/classes")));
        for (String entry : Files.readString(classpathFile).strip().split(File.pathSeparator)) {
            classpath.add(Path.of(entry));
        }
        return classpath;
    }

    /** The body of {@code GET path}, which must answer 200. */
    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** What the application has logged so far. */
    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }
}
