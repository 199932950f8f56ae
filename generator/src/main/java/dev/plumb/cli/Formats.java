package dev.plumb.cli;

import dev.plumb.config.ConfigException;

import java.util.Locale;

/** Parses {@code --format}. */
final class Formats {

    private Formats() {
    }

    static ReportFormat parse(String format) {
        return switch (format == null ? "text" : format.toLowerCase(Locale.ROOT)) {
            case "text" -> ReportFormat.TEXT;
            case "markdown", "md" -> ReportFormat.MARKDOWN;
            default -> throw new ConfigException("unknown --format " + format + ": use text or markdown");
        };
    }
}
