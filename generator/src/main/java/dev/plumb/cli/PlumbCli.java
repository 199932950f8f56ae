package dev.plumb.cli;

import dev.plumb.config.DatabaseOpening;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code plumb}: keeps a database schema plumb with its JPA entities. The entry point of the CLI; the commands are
 * the nested {@code *Command} classes. {@link #run} runs a command line in-process; only {@link #main} exits.
 */
@Command(name = "plumb", mixinStandardHelpOptions = true, versionProvider = PlumbCli.Version.class,
        description = "Generates, applies and rolls back database migrations from JPA entities.",
        footer = ExitCodes.FOOTER)
public final class PlumbCli implements Runnable {

    /** Every command, in the order {@code plumb --help} lists them. */
    private static final List<Class<? extends PlumbCommand>> COMMANDS = List.of(GenerateCommand.class,
            NewCommand.class, MigrateCommand.class, RollbackCommand.class, StatusCommand.class, ValidateCommand.class,
            RepairCommand.class, BaselineCommand.class, CheckCommand.class, VerifyCommand.class, InitCommand.class);

    /** Held strongly: JUL forgets the level of a logger nobody references. */
    private static final Logger RUNTIME_LOGGER = Logger.getLogger("dev.plumb");


    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        boolean verbose = LibraryOutput.verbose(Arrays.asList(args));
        quietRuntimeLogging(verbose);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        LibraryOutput.confine(verbose);
        CliContext context = new CliContext(out, err, Path.of("").toAbsolutePath(), System.getenv(),
                Clock.systemUTC(), Prompt.console());
        // what DatabaseOpening holds for an embedded database is released by the exit itself, after everything
        // this process opened is gone
        System.exit(execute(args, context));
    }

    /**
     * The runtime logs every step through {@code System.Logger} (JUL when run from the CLI); the commands print their
     * own one line per step, so the runtime's records show only with {@code --verbose}.
     */
    private static void quietRuntimeLogging(boolean verbose) {
        RUNTIME_LOGGER.setLevel(verbose ? Level.INFO : Level.WARNING);
    }

    /** Runs one command line with the given output, working directory and environment; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Path workingDirectory,
                          Map<String, String> environment) {
        return run(args, new CliContext(out, err, workingDirectory, environment, Clock.systemUTC()));
    }

    /** Like {@link #run(String[], PrintWriter, PrintWriter, Path, Map)}, with a clock for predictable versions. */
    public static int run(String[] args, CliContext context) {
        try {
            return execute(args, context);
        } finally {
            DatabaseOpening.releaseAll();
        }
    }

    private static int execute(String[] args, CliContext context) {
        CommandLine commandLine = commandLine(context, commandsFor(args));
        try {
            return commandLine.execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    /**
     * The long options {@code command} accepts (its own and the shared ones), without the dashes, each mapped to
     * whether it takes a value ({@code false} for a flag such as {@code dry-run}). Lets another front end (the Maven
     * plugin) pass on only the settings a command knows, instead of keeping its own copy of every option.
     *
     * @throws IllegalArgumentException when there is no such command
     */
    public static Map<String, Boolean> options(String command) {
        CliContext none = new CliContext(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()),
                Path.of(""), Map.of(), Clock.systemUTC());
        CommandLine line = commandLine(none, commandsFor(new String[] {command})).getSubcommands().get(command);
        if (line == null) {
            throw new IllegalArgumentException("no command " + command);
        }
        Map<String, Boolean> options = new TreeMap<>();
        for (OptionSpec option : line.getCommandSpec().options()) {
            if (option.longestName().startsWith("--")) {
                options.put(option.longestName().substring(2), option.arity().max() > 0);
            }
        }
        return options;
    }

    /** The configured command tree, for tests that inspect it. */
    static CommandLine commandLine(CliContext context) {
        return commandLine(context, COMMANDS);
    }

    /**
     * Only the command a line names, when it names one: picocli reflects over every option of every command it
     * registers, which took about 0.4 s of each run with all of them. Help, version and mistyped commands get all.
     */
    static List<Class<? extends PlumbCommand>> commandsFor(String[] args) {
        // the root has no option that takes a value, so the first word that is not an option names the command
        Optional<String> named = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst();
        return named.flatMap(name -> COMMANDS.stream()
                        .filter(type -> type.getAnnotation(Command.class).name().equals(name))
                        .findFirst())
                .<List<Class<? extends PlumbCommand>>>map(List::of)
                .orElse(COMMANDS);
    }

    private static CommandLine commandLine(CliContext context, List<Class<? extends PlumbCommand>> commands) {
        ErrorHandler errors = new ErrorHandler(context.environment());
        ContextFactory factory = new ContextFactory(context);
        CommandLine commandLine = new CommandLine(new PlumbCli(), factory);
        for (Class<? extends PlumbCommand> command : commands) {
            commandLine.addSubcommand(new CommandLine(command, factory));
        }
        commandLine.setResourceBundle(new DialectHelp());
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        return commandLine;
    }

    /** {@code plumb} without a command: a usage error that lists the commands. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** Creates commands with the {@link CliContext}; everything else through picocli's default factory. */
    private record ContextFactory(CliContext context) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (PlumbCommand.class.isAssignableFrom(type)) {
                var constructor = type.getDeclaredConstructor(CliContext.class);
                return constructor.newInstance(context);
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** Plumb's version and the JDK it runs on. */
    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[] {"plumb " + PlumbVersion.get(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
