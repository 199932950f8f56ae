package dev.plumb.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Java source file as the architecture rules read it: its code with comments and Javadoc blanked out (string
 * literals kept, since a message is code), its package, and the {@code dev.plumb} classes it names.
 *
 * @param path    where it lives, relative to its source root, for messages
 * @param code    the source without comments; line breaks kept so that line numbers still match
 */
record JavaSource(String path, String code) {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    /** A qualified name {@code dev.plumb.x.y.Type}: lower-case package parts, then a type. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(dev\\.plumb(?:\\.[a-z]\\w*)+)\\.([A-Z]\\w*)");

    static JavaSource of(String path, String text) {
        return new JavaSource(path, withoutComments(text));
    }

    static JavaSource read(Path root, Path file) {
        try {
            return of(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String packageName() {
        Matcher matcher = PACKAGE.matcher(code);
        return matcher.find() ? matcher.group(1) : "";
    }

    /** The simple class name: the file name without {@code .java}. */
    String className() {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".java".length());
    }

    /** The classes named by qualified name, in imports and in code: {@code dev.plumb.diff.Change}. */
    Set<String> qualifiedReferences() {
        Set<String> references = new LinkedHashSet<>();
        Matcher matcher = QUALIFIED.matcher(code);
        while (matcher.find()) {
            references.add(matcher.group(1) + "." + matcher.group(2));
        }
        return references;
    }

    /** The first line (1-based) whose code matches {@code pattern}, with the match. */
    Optional<String> firstMatch(Pattern pattern) {
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = pattern.matcher(lines[i]);
            if (matcher.find()) {
                return Optional.of(path + ":" + (i + 1) + " " + matcher.group());
            }
        }
        return Optional.empty();
    }

    /**
     * The text with {@code //} and block comments (Javadoc included) replaced by nothing but their line breaks;
     * string, text-block and character literals stay, so that a comment marker inside a string is not a comment.
     */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end;
            if (text.startsWith("\"\"\"", i)) {
                end = closing(text, text.indexOf("\"\"\"", i + 3), 3);
                out.append(text, i, end);
            } else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
                end = literalEnd(text, i);
                out.append(text, i, end);
            } else if (text.startsWith("//", i)) {
                end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", i)) {
                end = closing(text, text.indexOf("*/", i + 2), 2);
                text.substring(i, end).chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
            } else {
                out.append(text.charAt(i));
                end = i + 1;
            }
            i = end;
        }
        return out.toString();
    }

    private static int closing(String text, int found, int length) {
        return found < 0 ? text.length() : found + length;
    }

    /** The index after a string or character literal that starts at {@code start}, skipping escapes. */
    private static int literalEnd(String text, int start) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, text.length());
    }
}
