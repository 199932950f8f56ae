package dev.plumb.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exit codes no other CLI test reaches: 1 (a bug in Plumb: one line asking for a report, the stack trace only
 * with {@code --verbose}) and 6 (a migration that fails to apply). Together with the other CLI tests every code of
 * the README's table is exercised by a command run.
 */
class ExitCodesCliTest {

    @TempDir
    Path cwd;

    /** A command with a bug. */
    @Command(name = "buggy")
    static final class BuggyCommand extends PlumbCommand {
        BuggyCommand(CliContext context) {
            super(context);
        }

        @Override
        protected int execute() {
            throw new IllegalStateException("a bug");
        }
    }

    private CliRun buggy(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err), cwd, Map.of(), CliRun.CLOCK);
        ErrorHandler errors = new ErrorHandler(Map.of());
        CommandLine commandLine = new CommandLine(new BuggyCommand(context)).setOut(context.out())
                .setErr(context.err()).setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors);
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    @Test
    void aBugIsExitOneWithOneLineAndTheStackTraceOnlyWithVerbose() {
        CliRun quiet = buggy();
        CliRun verbose = buggy("--verbose");

        assertThat(quiet.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(quiet.err()).isEqualTo("buggy: internal error: java.lang.IllegalStateException: a bug (rerun with "
                + "--verbose for the stack trace, and please report it)\n");
        assertThat(verbose.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(verbose.err()).contains("\tat dev.plumb.cli.ExitCodesCliTest$BuggyCommand.execute");
    }

    @Test
    void aMigrationThatFailsToApplyIsExitSix() throws IOException {
        GateWorkspace workspace = new GateWorkspace(cwd);
        workspace.writeMigration("1", "Broken", "create tabel oops (id int)", "");

        GateWorkspace.Run run = workspace.plumb("migrate");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.MIGRATION_FAILED);
        assertThat(run.err()).startsWith("plumb migrate: ").doesNotContain("internal error");
    }
}
