package dev.plumb.cli;

import dev.plumb.config.PlumbConfig;
import dev.plumb.dialect.IgnoredTables;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code --ignore}: tables that belong to other tools, for every command that inspects a database ({@code generate},
 * {@code check}, {@code verify}, {@code baseline}), so that a pattern means the same everywhere.
 */
final class IgnoreOption {

    @Option(names = "--ignore", paramLabel = "PATTERN",
            description = "A table that belongs to another tool and is never diffed: [SCHEMA.]TABLE with * and ? "
                    + "(qrtz_*, audit.*). Repeatable; replaces ignore= in plumb.properties. Always ignored: the "
                    + "history and lock tables of Plumb, Flyway and Liquibase.")
    List<String> patterns = new ArrayList<>();

    /** The tables never diffed: the flags, else {@code ignore=} from the file, and the built-ins. */
    IgnoredTables tables(PlumbConfig config) {
        return new IgnoredTables(patterns.isEmpty() ? config.ignore() : patterns);
    }
}
