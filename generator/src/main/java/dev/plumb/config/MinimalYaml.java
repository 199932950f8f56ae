package dev.plumb.config;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Just enough YAML to read the {@code spring.jpa.*} keys of an {@code application.yml}: nested block mappings by
 * indentation, dotted keys, plain and quoted scalars, comments. Sequences and flow collections are skipped, and only
 * the first document is read (later ones are profile-specific). Plumb has no YAML library and adds none for this.
 */
final class MinimalYaml {

    private MinimalYaml() {
    }

    /** The scalar values keyed by their dotted path, e.g. {@code spring.jpa.properties.hibernate.default_schema}. */
    static Map<String, String> flatten(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        Deque<Level> path = new ArrayDeque<>();
        for (String raw : text.split("\\R")) {
            if (raw.startsWith("---") && !values.isEmpty()) {
                break;
            }
            String line = stripComment(raw);
            if (line.isBlank() || line.startsWith("---")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            String content = line.strip();
            int colon = keyEnd(content);
            while (!path.isEmpty() && path.peek().indent() >= indent) {
                path.pop();
            }
            if (content.startsWith("-") || colon < 0) {
                continue;
            }
            String key = unquote(content.substring(0, colon).strip());
            String value = content.substring(colon + 1).strip();
            String prefix = path.isEmpty() ? "" : path.peek().key() + ".";
            if (value.isEmpty()) {
                path.push(new Level(indent, prefix + key));
            } else if (!value.startsWith("[") && !value.startsWith("{") && !value.startsWith("|")
                    && !value.startsWith(">")) {
                values.put(prefix + key, unquote(value));
            }
        }
        return values;
    }

    /** The key's {@code :} (followed by a space or the end of the line), outside quotes; -1 when there is none. */
    private static int keyEnd(String content) {
        return firstOutsideQuotes(content, i -> content.charAt(i) == ':'
                && (i + 1 == content.length() || content.charAt(i + 1) == ' '));
    }

    /** The line without a {@code #} comment (one at the start or after a space, outside quotes). */
    private static String stripComment(String line) {
        int hash = firstOutsideQuotes(line, i -> line.charAt(i) == '#'
                && (i == 0 || Character.isWhitespace(line.charAt(i - 1))));
        return (hash < 0 ? line : line.substring(0, hash)).stripTrailing();
    }

    /** The first index outside single or double quotes where {@code at} holds; -1 when there is none. */
    private static int firstOutsideQuotes(String text, IntPredicate at) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (at.test(i)) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private record Level(int indent, String key) {
    }
}
