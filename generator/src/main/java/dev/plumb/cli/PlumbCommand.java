package dev.plumb.cli;

import dev.plumb.config.ConfigResolver;
import dev.plumb.config.ConnectionSettings;
import dev.plumb.config.PlumbConfig;
import dev.plumb.config.Redactor;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The base of every command: the shared options, the context, and the resolved configuration. A command returns its
 * exit code for outcomes it expects and throws for everything else; {@link ErrorHandler} maps the exceptions.
 */
abstract class PlumbCommand implements Callable<Integer> {

    @Mixin
    SharedOptions options;

    private final CliContext context;
    private String resolvedPassword;

    PlumbCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public final Integer call() throws Exception {
        return execute();
    }

    /** Runs the command; returns the exit code. */
    protected abstract int execute() throws Exception;

    /**
     * The configuration from flags, environment and properties file; remembered for masking the password. Its
     * connection waits up to the lock timeout while another process has the database open, saying so on stderr.
     */
    protected PlumbConfig config() {
        PlumbConfig config = new ConfigResolver(context.workingDirectory(), context.environment())
                .resolve(options.flags(), options.configFile());
        resolvedPassword = config.connection().password().orElse(null);
        return config.withConnection(config.connection().waiting(
                new ConnectionSettings.OpenWait(config.lockTimeout(), this::reportWait)));
    }

    /** A line about waiting for another process (lock or database), on stderr as it happens. */
    protected void reportWait(String line) {
        err().println("plumb: " + redactor().redact(line));
        err().flush();
    }

    /** Masks every password this run knows of: the resolved one, the flag's and the environment's. */
    Redactor redactor() {
        List<String> secrets = new ArrayList<>();
        secrets.add(resolvedPassword);
        options.password().ifPresent(secrets::add);
        secrets.add(context.environment().get("PLUMB_PASSWORD"));
        secrets.addAll(extraSecrets());
        return Redactor.forSecrets(secrets);
    }

    /** Further secrets a command knows of (for example a scratch server's password); may hold nulls. */
    protected List<String> extraSecrets() {
        return List.of();
    }

    boolean verbose() {
        return options.verbose();
    }

    protected CliContext context() {
        return context;
    }

    protected PrintWriter out() {
        return context.out();
    }

    protected PrintWriter err() {
        return context.err();
    }
}
