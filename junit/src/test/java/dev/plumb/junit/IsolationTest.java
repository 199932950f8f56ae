package dev.plumb.junit;

import dev.plumb.cli.PlumbCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * plumb-junit in a JVM with an application's class path (Spring Boot 4.0's Hibernate 7.2 and Logback, no
 * plumb-generator, no H2 or PostgreSQL driver): the check runs the CLI apart and reports as the CLI does.
 */
class IsolationTest {

    private static final Path ROOT = Path.of(System.getProperty("plumb.root", "..")).toAbsolutePath().normalize();
    private static final Path TARGET = ROOT.resolve("junit/target");

    @TempDir
    Path migrations;

    @Test
    void checksDriftFromAJvmWithAnotherHibernateAndLogback() throws Exception {
        StringWriter err = new StringWriter();
        int generated = PlumbCli.run(new String[] {"generate", "--from-migrations", "--name", "create bookshop",
                        "--output", migrations.toString(), "--migrations", migrations.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err), ROOT, Map.of());
        assertThat(generated).as(err.toString()).isZero();

        String output = runApplicationJvm(migrations);

        assertThat(output).contains("hibernate 7.2.19.Final", "slf4j ch.qos.logback.classic.LoggerContext",
                "exit 0");
    }

    @Test
    void reportsDriftFromThatJvm() throws Exception {
        Path empty = Files.createDirectories(migrations.resolve("empty"));

        String output = runApplicationJvm(empty);

        assertThat(output).contains("exit 3", "create table customer");
    }

    private static String runApplicationJvm(Path migrationsDirectory) throws IOException, InterruptedException {
        List<String> classpath = new ArrayList<>(List.of(TARGET.resolve("classes").toString(),
                TARGET.resolve("test-classes").toString()));
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("plumb.application.jars")))) {
            jars.map(Path::toString).sorted().forEach(classpath::add);
        }
        String cli = Files.readString(Path.of(System.getProperty("plumb.cli.classpath.file"))).trim();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + CliClasspath.PROPERTY + "=" + cli,
                "-cp", String.join(File.pathSeparator, classpath), ApplicationTestJvm.class.getName(),
                ROOT.toString(), ROOT.resolve("sample-entities/target/classes").toString(),
                migrationsDirectory.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }
}
