package dev.plumb.dialect;

/**
 * A table pattern ({@code --ignore}, {@code ignore=}) that is not {@code [SCHEMA.]TABLE}: a usage error, with a
 * message naming the pattern and the fix. Kept in this package so that the dialect does not depend on the
 * configuration that depends on it.
 */
public class InvalidPatternException extends IllegalArgumentException {

    public InvalidPatternException(String message) {
        super(message);
    }
}
