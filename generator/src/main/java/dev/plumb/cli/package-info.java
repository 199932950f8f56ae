/**
 * The {@code plumb} command line (picocli): one class per command, options shared through
 * {@link dev.plumb.cli.SharedOptions}, and one place, {@link dev.plumb.cli.ErrorHandler}, that turns exceptions into
 * one-line messages and the documented exit codes ({@link dev.plumb.cli.ExitCodes}). Runs in-process for tests:
 * {@link dev.plumb.cli.PlumbCli#run} takes the writers, working directory and environment and keeps no static state.
 */
package dev.plumb.cli;
