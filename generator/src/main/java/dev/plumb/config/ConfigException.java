package dev.plumb.config;

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
}
