package dev.plumb.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps libraries from printing into Plumb's output. The commands write through {@link CliContext}'s writers, made
 * over the real streams before this runs; what a library prints to {@code System.out} or {@code System.err} itself
 * goes nowhere, or to stderr with {@code --verbose}. H2 is the example: when it cannot write its trace file (say for
 * {@code jdbc:h2:file:/proc/x/db}) its {@code TraceSystem} prints the error to {@code System.out} and its stack trace
 * to {@code System.err}, 56 lines before Plumb's own one-line message, and stdout carries the product.
 */
final class LibraryOutput {

    private LibraryOutput() {
    }

    /** True when the command line asks for diagnostics. */
    static boolean verbose(List<String> args) {
        return args.contains("--verbose") || args.contains("-v");
    }

    /** Redirects the process's standard streams; call once, after the CLI's own writers are made. */
    static void confine(boolean verbose) {
        // JUL's console handler binds System.err when it is created: create it now, so runtime warnings still show
        Logger.getLogger("").getHandlers();
        PrintStream stderr = System.err;
        PrintStream target = verbose ? stderr : new PrintStream(OutputStream.nullOutputStream());
        System.setOut(target);
        System.setErr(target);
    }
}
