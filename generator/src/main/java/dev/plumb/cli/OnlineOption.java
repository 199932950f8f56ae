package dev.plumb.cli;

import dev.plumb.config.PlumbConfig;
import picocli.CommandLine.Option;

/**
 * {@code --online} / {@code --online=false} for {@code generate} and {@code check}, the commands that write or compare
 * migrations: whether changes to existing tables take the dialect's online forms. Over {@code online=} of
 * {@code plumb.properties}; default true.
 */
final class OnlineOption {

    @Option(names = "--online", paramLabel = "true|false", arity = "0..1", fallbackValue = "true",
            description = "Changes to existing tables in forms that do not block writers where the database has "
                    + "them (PostgreSQL: create index concurrently, constraints added not valid and validated apart, "
                    + "NOT NULL proven by a check); --online=false writes the plain forms. Also online= in "
                    + "plumb.properties. Default: true.")
    Boolean online;

    /** The flag, else {@code online=} from the file, else true. */
    boolean online(PlumbConfig config) {
        return online != null ? online : config.online();
    }
}
