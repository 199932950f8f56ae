package dev.plumb.maven;

import dev.plumb.cli.CliContext;
import dev.plumb.cli.ExitCodes;
import dev.plumb.cli.PlumbCli;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The base of every goal: runs the CLI command of the same name in-process, in the project's directory, with the
 * project's classes and dependencies as {@code --entities}. Everything else (settings precedence, messages, exit
 * codes) is the CLI's; a goal only names its command and the options it declares for the POM.
 *
 * <p>The command's stdout goes to the build log as it is printed; its stderr too when it succeeds. A failure fails
 * the build with the command's one-line message ({@link MojoFailureException}; an internal error, exit 1, is a
 * {@link MojoExecutionException}), with the stack trace only for {@code -Dplumb.verbose} or {@code mvn -X}.
 */
public abstract class PlumbMojo extends AbstractMojo {

    /** Held strongly: JUL forgets the level of a logger nobody references. */
    private static final Logger RUNTIME_LOGGER = Logger.getLogger("dev.plumb");
    private static final Logger HIBERNATE_LOGGER = Logger.getLogger("org.hibernate");

    static {
        // The CLI silences Hibernate's boot messages with slf4j-nop; inside Maven, SLF4J is Maven's own logger, so
        // Hibernate (through jboss-logging) logs to JUL instead, where its level is ours to set.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
    }

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true, required = true)
    List<String> classpathElements;

    @Parameter(defaultValue = "${session.userProperties}", readonly = true)
    Properties userProperties;

    /** Database JDBC URL ({@code --url}); prefer {@code PLUMB_URL} or {@code plumb.properties} for real databases. */
    @Parameter(property = "plumb.url")
    String url;

    /** Database user ({@code --user}). */
    @Parameter(property = "plumb.user")
    String user;

    /** Database password ({@code --password}); prefer the environment variable {@code PLUMB_PASSWORD}. */
    @Parameter(property = "plumb.password")
    String password;

    /** Only entities in these packages, comma-separated ({@code --packages}). */
    @Parameter(property = "plumb.packages")
    String packages;

    /** Java package of the migrations ({@code --migrations-package}). */
    @Parameter(property = "plumb.migrations-package")
    String migrationsPackage;

    /** Source root migrations are written to ({@code --output}); default {@code src/main/java}. */
    @Parameter(property = "plumb.output")
    String output;

    /** Where migrations are loaded from ({@code --migrations}); default the output source root. */
    @Parameter(property = "plumb.migrations")
    String migrations;

    /**
     * The databases the application runs on, comma-separated ({@code --dialects}), e.g. {@code postgresql,h2}:
     * {@code generate} writes SQL for each, {@code check} and {@code verify} replay the migrations on each.
     */
    @Parameter(property = "plumb.dialects")
    String dialects;

    /**
     * Whether {@code generate} and {@code check} write changes to existing tables in the database's online forms
     * ({@code --online}; default true; PostgreSQL: {@code create index concurrently}, {@code not valid} then
     * {@code validate}); {@code false} for the plain forms. Other goals ignore it.
     */
    @Parameter(property = "plumb.online")
    Boolean online;

    /** Properties file ({@code --config}); default {@code plumb.properties} in the project directory. */
    @Parameter(property = "plumb.config")
    String config;

    /**
     * Any other option of the goal's command, by its long name without dashes, e.g.
     * {@code <options><dialect>postgresql</dialect><allow-data-loss>true</allow-data-loss></options>}.
     */
    @Parameter
    Map<String, String> options;

    /** Skips the goal. */
    @Parameter(property = "plumb.skip", defaultValue = "false")
    boolean skip;

    /** The CLI command this goal runs. */
    protected abstract String command();

    /** Adds the goal's own POM parameters; the default has none. */
    protected void configure(CommandLineBuilder arguments) {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping plumb:" + command() + " (plumb.skip)");
            return;
        }
        run(arguments());
    }

    /** The CLI arguments: the POM's settings, the goal's own parameters, then {@code -Dplumb.*} over them. */
    String[] arguments() {
        CommandLineBuilder arguments = new CommandLineBuilder(command(), PlumbCli.options(command()))
                .configured("entities", entities())
                .configured("url", url).configured("user", user).configured("password", password)
                .configured("packages", packages).configured("migrations-package", migrationsPackage)
                .configured("output", output).configured("migrations", migrations).configured("config", config)
                .configured("dialects", dialects)
                .configured("online", online == null ? null : online.toString())
                .configured("verbose", getLog().isDebugEnabled() ? "true" : null)
                .configured(options);
        configure(arguments);
        return arguments.userProperties(userProperties).build();
    }

    private void run(String[] args) throws MojoExecutionException, MojoFailureException {
        boolean verbose = List.of(args).contains("--verbose");
        RUNTIME_LOGGER.setLevel(verbose ? Level.INFO : Level.WARNING);
        HIBERNATE_LOGGER.setLevel(verbose ? Level.INFO : Level.SEVERE);
        StringWriter err = new StringWriter();
        int exitCode;
        try (LogWriter out = new LogWriter(getLog()::info)) {
            exitCode = PlumbCli.run(args, new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
                    basedir.toPath(), System.getenv(), Clock.systemUTC()));
        }
        String diagnostics = err.toString().strip();
        if (exitCode == ExitCodes.OK) {
            diagnostics.lines().forEach(getLog()::info);
            return;
        }
        String message = diagnostics.isEmpty()
                ? "plumb " + command() + " failed (exit " + exitCode + ", " + ExitCodes.meaning(exitCode)
                        + "): see its report above"
                : diagnostics;
        if (exitCode == ExitCodes.INTERNAL_ERROR) {
            throw new MojoExecutionException(message);
        }
        throw new MojoFailureException(message);
    }

    /** The project's classes and its compile and runtime dependencies: what its Hibernate sees. */
    private String entities() {
        return classpathElements.stream().filter(element -> Files.exists(Path.of(element)))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
