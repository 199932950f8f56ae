package dev.plumb.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Runs the real {@code mvn} on a copy of a sample project, with the plugin as it was just packaged.
 *
 * <p>The shared {@code ~/.m2} must not receive this build's snapshots, so the sample builds against a local
 * repository of its own under {@code target/}: Plumb's artifacts are laid out there by hand (what
 * {@code invoker:install} would do), and everything else comes from {@code ~/.m2} used as a {@code file:} remote
 * repository, so no network is needed. The jars are made from the modules' {@code target/classes} (the plugin's
 * descriptor is there from {@code process-classes} on), so the test runs in the {@code test} phase like any other
 * and never picks up a jar older than the classes.
 */
final class MavenRun {

    private static final Path ROOT = Path.of(System.getProperty("plumb.root", "..")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("plumb.version", "0.1.0-SNAPSHOT");
    private static final Path TARGET = ROOT.resolve("maven-plugin/target");
    private static final Path REPOSITORY = TARGET.resolve("it-repository");
    private static final Path SETTINGS = TARGET.resolve("it-settings.xml");

    /** What one run printed and returned. */
    record Result(int exitCode, String log) {
    }

    private MavenRun() {
    }

    /** Copies {@code src/it/NAME} to a fresh directory under {@code target/it/} and returns it. */
    static Path sample(String name) throws IOException {
        return copy(ROOT.resolve("maven-plugin/src/it").resolve(name));
    }

    /** Copies the example application {@code examples/NAME} to a fresh directory under {@code target/it/}. */
    static Path example(String name) throws IOException {
        return example(name, name);
    }

    /** Copies {@code examples/NAME} to {@code target/it/COPY}: a test of its own keeps its own copy and logs. */
    static Path example(String name, String copy) throws IOException {
        return copy(ROOT.resolve("examples").resolve(name), copy);
    }

    private static Path copy(Path source) throws IOException {
        return copy(source, source.getFileName().toString());
    }

    private static Path copy(Path source, String name) throws IOException {
        prepareRepository();
        Path copy = TARGET.resolve("it").resolve(name);
        delete(copy);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(file -> !builtInPlace(source.relativize(file))).toList()) {
                Path to = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.writeString(to, Files.readString(file).replace("@plumb.version@", VERSION));
                }
            }
        }
        return copy;
    }

    /** Output of a build of the project in its own folder, which the copy must not carry. */
    private static boolean builtInPlace(Path relative) {
        String first = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
        return first.equals("target") || first.equals(".plumb");
    }

    /** {@code mvn -B ARGS} in {@code project}; its output is also kept in {@code target/it/NAME-N.log}. */
    static Result mvn(Path project, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "-ntp", "-s", SETTINGS.toString(),
                "-Dmaven.repo.local=" + REPOSITORY));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(project.getParent(), project.getFileName() + "-", ".log");
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", args) + " took more than 5 minutes; see " + log);
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /**
     * Runs {@code script} with bash in {@code project}, where {@code mvn} is a wrapper that builds against the
     * private repository as {@link #mvn} does: a CI job's steps, run the way its runner would.
     */
    static Result shell(Path project, String script) throws IOException, InterruptedException {
        Path bin = TARGET.resolve("it-bin");
        Files.createDirectories(bin);
        Path wrapper = bin.resolve("mvn");
        Files.writeString(wrapper, "#!/bin/sh\nexec '" + mavenExecutable() + "' -s '" + SETTINGS
                + "' '-Dmaven.repo.local=" + REPOSITORY + "' \"$@\"\n");
        wrapper.toFile().setExecutable(true);
        Path log = Files.createTempFile(project.getParent(), project.getFileName() + "-ci-", ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        builder.environment().put("RUNNER_TEMP", Files.createTempDirectory(TARGET, "runner-").toString());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the CI script took more than 5 minutes; see " + log);
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static String mavenExecutable() {
        String home = System.getProperty("maven.home");
        return home != null && Files.isExecutable(Path.of(home, "bin", "mvn")) ? Path.of(home, "bin", "mvn").toString()
                : "mvn";
    }

    /** Plumb's artifacts of this build in the private repository, and the settings that add {@code ~/.m2}. */
    private static synchronized void prepareRepository() throws IOException {
        install("plumb-parent", ROOT.resolve("pom.xml"), null);
        for (String module : List.of("annotations", "runtime", "generator", "maven-plugin", "junit",
                "spring-boot-starter")) {
            Path pom = ROOT.resolve(module).resolve("pom.xml");
            String artifactId = artifactId(pom);
            install(artifactId, pom, ROOT.resolve(module).resolve("target/classes"));
        }
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository");
        String repository = "<id>home-m2</id><url>" + m2.toUri() + "</url>"
                + "<releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots>";
        Files.writeString(SETTINGS, """
                <settings>
                  <profiles><profile><id>home-m2</id>
                    <repositories><repository>%s</repository></repositories>
                    <pluginRepositories><pluginRepository>%s</pluginRepository></pluginRepositories>
                  </profile></profiles>
                  <activeProfiles><activeProfile>home-m2</activeProfile></activeProfiles>
                </settings>
                """.formatted(repository, repository));
    }

    private static void install(String artifactId, Path pom, Path classes) throws IOException {
        Path directory = REPOSITORY.resolve("dev/plumb").resolve(artifactId).resolve(VERSION);
        Files.createDirectories(directory);
        Files.copy(pom, directory.resolve(artifactId + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (classes != null) {
            if (!Files.isDirectory(classes)) {
                throw new AssertionError(classes + " is missing: build the module first (mvn -am)");
            }
            jar(classes, directory.resolve(artifactId + "-" + VERSION + ".jar"));
        }
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    private static String artifactId(Path pom) throws IOException {
        String text = Files.readString(pom);
        int parentEnd = text.indexOf("</parent>");
        int start = text.indexOf("<artifactId>", parentEnd) + "<artifactId>".length();
        return text.substring(start, text.indexOf("</artifactId>", start));
    }

    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
