package dev.plumb.cli;

import dev.plumb.compile.MigrationLoadException;
import dev.plumb.config.ConfigException;
import dev.plumb.dialect.InvalidPatternException;
import dev.plumb.dialect.NameCollisionException;
import dev.plumb.reader.MappingException;
import dev.plumb.config.DatabaseUnavailableException;
import dev.plumb.config.Redactor;
import dev.plumb.gate.VerificationFailedException;
import dev.plumb.diff.HintException;
import dev.plumb.generate.DestructiveChangeException;
import dev.plumb.runtime.IrreversibleMigrationException;
import dev.plumb.runtime.MigrationException;
import dev.plumb.runtime.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns a failure into a message and an exit code. Messages are one line on stderr, prefixed
 * with the command, with every password masked; the stack trace follows only with {@code --verbose} (masked too).
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final Map<String, String> environment;

    ErrorHandler(Map<String, String> environment) {
        this.environment = environment;
    }

    /** The exit code for an exception thrown by a command. */
    static int exitCodeOf(Throwable failure) {
        if (failure instanceof ParameterException || failure instanceof ConfigException
                || failure instanceof MigrationLoadException || failure instanceof MappingException
                || failure instanceof HintException || failure instanceof NameCollisionException
                || failure instanceof InvalidPatternException) {
            return ExitCodes.USAGE;
        }
        if (failure instanceof ValidationException) {
            return ExitCodes.VALIDATION_FAILED;
        }
        if (failure instanceof VerificationFailedException) {
            return ExitCodes.VERIFICATION_FAILED;
        }
        if (failure instanceof DestructiveChangeException || failure instanceof IrreversibleMigrationException) {
            return ExitCodes.DESTRUCTIVE_REFUSED;
        }
        if (failure instanceof MigrationException) {
            return ExitCodes.MIGRATION_FAILED;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseUnavailableException || t instanceof SQLException) {
                return ExitCodes.DATABASE_UNAVAILABLE;
            }
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        Redactor redactor = Redactor.urlsOnly();
        boolean verbose = false;
        if (commandLine.getCommand() instanceof PlumbCommand command) {
            redactor = command.redactor();
            verbose = command.verbose();
        }
        int exitCode = exitCodeOf(failure);
        report(commandLine, message(failure, exitCode), exitCode == ExitCodes.INTERNAL_ERROR || verbose
                ? failure : null, redactor, verbose);
        listObjects(commandLine.getErr(), failure, redactor);
        return exitCode;
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine commandLine = failure.getCommandLine();
        Redactor redactor = Redactor.forSecrets(passwordsIn(args));
        report(commandLine, failure.getMessage(), failure, redactor, List.of(args).contains("--verbose") || List.of(args).contains("-v"));
        commandLine.getErr().println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
        commandLine.getErr().flush();
        return ExitCodes.USAGE;
    }

    private static String message(Throwable failure, int exitCode) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (exitCode == ExitCodes.INTERNAL_ERROR) {
            return "internal error: " + failure.getClass().getName() + ": " + message
                    + " (rerun with --verbose for the stack trace, and please report it)";
        }
        return message;
    }

    private static void report(CommandLine commandLine, String message, Throwable trace, Redactor redactor,
                               boolean verbose) {
        PrintWriter err = commandLine.getErr();
        String oneLine = message.replaceAll("\\s*\\R\\s*", " ").trim();
        err.println(commandLine.getCommandSpec().qualifiedName() + ": " + redactor.redact(oneLine));
        if (verbose && trace != null) {
            StringWriter stackTrace = new StringWriter();
            trace.printStackTrace(new PrintWriter(stackTrace));
            err.print(redactor.redact(stackTrace.toString()));
        }
        err.flush();
    }

    /**
     * After the one-line message, the objects a refusal names, one per line, so that one run shows every object
     * to fix (the possible renames, drops and NOT NULL columns a {@code generate} refusal lists).
     */
    private static void listObjects(PrintWriter err, Throwable failure, Redactor redactor) {
        if (failure instanceof DestructiveChangeException refusal) {
            refusal.lines().forEach(line -> err.println("  " + redactor.redact(line)));
            err.flush();
        }
    }

    /** The passwords a failed command line may echo: the --password value and PLUMB_PASSWORD. */
    private List<String> passwordsIn(String[] args) {
        List<String> secrets = new ArrayList<>();
        secrets.add(environment.get("PLUMB_PASSWORD"));
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--password") && i + 1 < args.length) {
                secrets.add(args[i + 1]);
            } else if (args[i].startsWith("--password=")) {
                secrets.add(args[i].substring("--password=".length()));
            }
        }
        return secrets;
    }
}
