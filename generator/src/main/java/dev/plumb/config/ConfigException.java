package dev.plumb.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The configuration is wrong or incomplete: a missing file, an unknown key, a required setting nobody set. The
 * message is one line that names the setting and how to fix it; the CLI maps it to the usage exit code.
 */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Plumb cannot write where the user pointed it: a directory under a file, one it may not create, a read-only file
     * system. The user's to fix, so a configuration error naming the directory and the setting that chose it.
     */
    public static ConfigException unwritable(Path directory, String setting, IOException cause) {
        return new ConfigException("cannot write to " + directory + " (" + reason(directory, cause) + "): choose a "
                + "writable " + setting, cause);
    }

    /** What went wrong in words: Java's file exceptions name the file and keep the reason apart. */
    private static String reason(Path directory, IOException cause) {
        Path existing = directory.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return existing + " is a file, not a directory";
        }
        if (cause instanceof AccessDeniedException denied) {
            return "permission denied on " + denied.getFile();
        }
        if (cause instanceof FileSystemException failed) {
            return failed.getFile() + ": " + (failed.getReason() != null ? failed.getReason()
                    : failed.getClass().getSimpleName());
        }
        return String.valueOf(cause.getMessage());
    }
}
