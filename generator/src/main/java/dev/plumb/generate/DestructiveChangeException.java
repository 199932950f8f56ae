package dev.plumb.generate;

/**
 * The migration would lose data on a guess (for example an undeclared possible rename as drop + add). The message is
 * one line naming the objects and the option that resolves it; the CLI exits with code 4.
 */
public final class DestructiveChangeException extends RuntimeException {

    public DestructiveChangeException(String message) {
        super(message);
    }
}
