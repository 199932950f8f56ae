package dev.plumb.junit;

import dev.plumb.cli.PlumbCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The helper as an application would use it, on the sample bookshop entities with the repository's own
 * {@code plumb.properties}. It lives here rather than in sample-entities because the generator's tests already depend
 * on sample-entities: a test dependency back from sample-entities to this module would close a cycle in the reactor.
 * The sample's migrations are git-ignored, so the test generates them itself into a temporary directory.
 */
class PlumbAssertionsTest {

    private static final Path ROOT = Path.of(System.getProperty("plumb.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path migrations;

    /** This build's CLI class path (reactor modules are not in the local repository: no mvn install here). */
    @BeforeAll
    static void useThisBuildsCli() throws IOException {
        System.setProperty(CliClasspath.PROPERTY, Files.readString(Path.of(System.getProperty("plumb.cli.classpath.file"))).trim());
    }

    @Test
    void passesWhenTheMigrationsCoverTheEntities() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int generated = PlumbCli.run(new String[] {"generate", "--from-migrations", "--name", "create bookshop",
                        "--output", migrations.toString(), "--migrations", migrations.toString()},
                new PrintWriter(out), new PrintWriter(err), ROOT, Map.of());
        assertThat(generated).as(err.toString()).isZero();
        assertThat(out.toString()).contains("__CreateBookshop.java");

        PlumbAssertions.assertNoDrift(ROOT, "--migrations", migrations.toString());
    }

    @Test
    void failsWithTheCheckReportWhenAnEntityHasNoMigration() throws IOException {
        Path empty = Files.createDirectories(migrations.resolve("empty"));

        assertThatThrownBy(() -> PlumbAssertions.assertNoDrift(ROOT, "--migrations", empty.toString()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("plumb check failed (exit 3)")
                .hasMessageContaining("Drift: the entities have changes no migration covers")
                .hasMessageContaining("+ table customer")
                .hasMessageContaining("create table customer");
    }
}
