package dev.plumb.reader;

/**
 * The entity mapping cannot be turned into a schema for the target database: Hibernate rejects it, or the target
 * cannot express it. The message is one line naming the entity or table, the mapping and what to change; the CLI
 * reports it as a usage error (exit 2), without a stack trace unless {@code --verbose}.
 */
public final class MappingException extends RuntimeException {

    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
