package dev.plumb.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interactive confirmation of a {@code generate} refusal (a possible rename, changes that lose data), through the
 * {@link Prompt} seam (a scripted terminal): a yes makes {@code generate} write the change, a no or no terminal keeps
 * the refusal (exit 4), and nothing is written.
 */
class RenameConfirmationCliTest {

    @TempDir
    Path cwd;

    record Run(int exitCode, String out, String err) {
    }

    /** A terminal that answers from a script and records the questions. */
    static final class ScriptedPrompt implements Prompt {
        final List<String> questions = new ArrayList<>();
        private final boolean answer;

        ScriptedPrompt(boolean answer) {
            this.answer = answer;
        }

        @Override
        public boolean interactive() {
            return true;
        }

        @Override
        public boolean confirm(String question) {
            questions.add(question);
            return answer;
        }
    }

    private Run plumb(Prompt prompt, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--entities", "classes", "--output", "src", "--migrations-package", "db.m"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = PlumbCli.run(all.toArray(String[]::new), new CliContext(new PrintWriter(out),
                new PrintWriter(err), cwd, Map.of(), Clock.systemUTC(), prompt));
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void aConfirmedRenameIsGeneratedAsARenameAndADeclinedOneIsRefused() throws IOException {
        compile("display_name");
        assertThat(plumb(Prompt.NONE, "generate").exitCode()).isZero();
        assertThat(plumb(Prompt.NONE, "migrate").exitCode()).isZero();
        compile("full_name");

        Run noTerminal = plumb(Prompt.NONE, "generate");
        assertThat(noTerminal.exitCode()).isEqualTo(ExitCodes.DESTRUCTIVE_REFUSED);
        assertThat(noTerminal.err()).contains("--rename customer.display_name=full_name");

        ScriptedPrompt no = new ScriptedPrompt(false);
        Run declined = plumb(no, "generate");
        assertThat(declined.exitCode()).isEqualTo(ExitCodes.DESTRUCTIVE_REFUSED);
        assertThat(no.questions).containsExactly("Possible rename: column customer.display_name disappears and"
                + " customer.full_name appears. Was it renamed (--rename customer.display_name=full_name)?");

        ScriptedPrompt yes = new ScriptedPrompt(true);
        Run confirmed = plumb(yes, "generate", "--dry-run");
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(yes.questions).hasSize(1);
        assertThat(confirmed.out()).contains("alter table customer rename column display_name to full_name;");
        assertThat(Files.list(cwd.resolve("src/db/m")).count()).as("only the first migration was written")
                .isEqualTo(1);
    }

    @Test
    void dropsOfTablesAndColumnsThatMayHoldDataAreRefusedTogetherUnlessAllowedOrConfirmed() throws Exception {
        CustomerEntity.compile(cwd, CustomerEntity.EMAIL + "@Column(length = 30)\nString phone;\n");
        assertThat(plumb(Prompt.NONE, "generate").exitCode()).isZero();
        assertThat(plumb(Prompt.NONE, "migrate").exitCode()).isZero();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + cwd.resolve(".plumb/h2/plumb")
                + ";AUTO_SERVER=TRUE", "sa", ""); Statement statement = connection.createStatement()) {
            statement.execute("create table legacy_audit (id int primary key, note varchar(20))");
            statement.execute("insert into legacy_audit values (1, 'kept by another app')");
        }
        CustomerEntity.compile(cwd, CustomerEntity.EMAIL);

        Run refused = plumb(Prompt.NONE, "generate", "--prune");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.DESTRUCTIVE_REFUSED);
        assertThat(refused.err().lines()).containsExactly("plumb generate: 2 changes lose data that the down "
                + "migration cannot bring back: pass --allow-data-loss to write them, or keep the objects in the "
                + "entities", "  - column customer.phone", "  - table legacy_audit");
        assertThat(refused.out()).isEmpty();

        ScriptedPrompt no = new ScriptedPrompt(false);
        assertThat(plumb(no, "generate", "--prune").exitCode()).isEqualTo(ExitCodes.DESTRUCTIVE_REFUSED);
        assertThat(no.questions).singleElement().asString().contains("  - column customer.phone\n"
                + "  - table legacy_audit\n").endsWith("Write them anyway (--allow-data-loss)?");
        assertThat(Files.list(cwd.resolve("src/db/m")).count()).as("nothing written when refused").isEqualTo(1);

        Run confirmed = plumb(new ScriptedPrompt(true), "generate", "--dry-run", "--prune");
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(confirmed.out()).contains("drop table legacy_audit").contains("drop column phone");
        Run allowed = plumb(Prompt.NONE, "generate", "--allow-data-loss", "--prune");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(plumb(Prompt.NONE, "migrate").exitCode()).isZero();
    }

    private void compile(String column) throws IOException {
        CustomerEntity.compile(cwd, "@Column(name = \"%s\", length = 100)\nString name;\n".formatted(column));
    }
}
