package dev.plumb.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The expected up and down SQL of a scenario, as reviewers read it. {@code -Dplumb.updateGolden=true} rewrites the
 * files instead of comparing, for intended changes (review the result in the diff).
 */
final class GoldenFile {

    static final boolean UPDATE = Boolean.getBoolean("plumb.updateGolden");

    private GoldenFile() {
    }

    static String format(List<String> up, List<String> down) {
        return "-- up\n" + statements(up) + "\n-- down\n" + statements(down);
    }

    /** The golden text, or the actual text written as the new golden file when updating. */
    static String expected(Path file, String actual) {
        try {
            if (UPDATE || !Files.exists(file)) {
                if (!UPDATE) {
                    throw new AssertionError("missing golden file " + file
                            + " (run with -Dplumb.updateGolden=true to create it, then review it)");
                }
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
                return actual;
            }
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String statements(List<String> sql) {
        StringBuilder out = new StringBuilder();
        for (String statement : sql) {
            out.append(statement).append(";\n");
        }
        return out.toString();
    }
}
