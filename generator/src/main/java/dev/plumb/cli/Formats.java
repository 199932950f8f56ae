package dev.plumb.cli;

import dev.plumb.config.ConfigException;

import java.util.Locale;

/** Parses {@code --format}; words counts. */
final class Formats {

    private Formats() {
    }

    /** {@code 1 migration}, {@code 2 migrations}: a count and its noun, in the number the count needs. */
    static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    static ReportFormat parse(String format) {
        return switch (format == null ? "text" : format.toLowerCase(Locale.ROOT)) {
            case "text" -> ReportFormat.TEXT;
            case "markdown", "md" -> ReportFormat.MARKDOWN;
            default -> throw new ConfigException("unknown --format " + format + ": use text or markdown");
        };
    }
}
