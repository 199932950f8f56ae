package dev.plumb.cli;

import dev.plumb.dialect.Dialects;
import dev.plumb.dialect.SqlDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The help texts that list databases are built from {@link Dialects}, not written into the commands. */
class DialectHelpTest {

    @TempDir
    Path cwd;

    @Test
    void theDialectOptionsListEverySupportedDialectAndTheEmbeddedDefault() {
        String names = Dialects.all().stream().map(DialectHelpTest::name).collect(Collectors.joining("|"));
        String help = help("check");

        assertThat(help).contains("--dialect=" + names)
                .contains("else " + name(Dialects.embedded()) + ".")
                .doesNotContain("${bundle:");
        assertThat(help("init")).contains("--dialect=" + names).doesNotContain("${bundle:");
    }

    @Test
    void theUrlOptionNamesTheEmbeddedDefaultAndTheDialectsOptionAnExampleOfEvery() {
        String help = help("generate").replaceAll("\\s+", " ");

        // picocli may break the URL at a semicolon
        assertThat(help.replace(" ", "")).contains("Default:theembeddeddatabase"
                + Dialects.embeddedDefault(Path.of(".plumb")).url());
        assertThat(help).contains("e.g. " + Dialects.all().stream().map(DialectHelpTest::name).collect(Collectors.joining(",")))
                .doesNotContain("${bundle:");
    }

    @Test
    void theScratchUrlNamesTheDialectsWhoseScratchDatabasesLiveOnAServer() {
        String servers = Dialects.all().stream().filter(dialect -> dialect.scratch().usesServer())
                .map(dialect -> dialect.dialect().productName()).collect(Collectors.joining(" or "));

        assertThat(help("verify").replaceAll("\\s+", " ")).contains("A " + servers + " server to create");
    }

    private String help(String command) {
        CliRun run = CliRun.plumb(cwd, Map.of(), command, "--help");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    private static String name(SqlDialect dialect) {
        return dialect.dialect().name().toLowerCase(Locale.ROOT);
    }
}
