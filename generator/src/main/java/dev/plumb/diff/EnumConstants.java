package dev.plumb.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The constants of an {@code @Enumerated(STRING)} column, as H2 spells its type ({@code enum ('A','B')}) and as
 * PostgreSQL checks it ({@code status in ('A', 'B')}). Used to tell an added constant (safe) from a removed one
 * (rows may still hold it) and to write the reviewer's query for the removed ones.
 */
public final class EnumConstants {

    private static final Pattern ENUM_TYPE = Pattern.compile("(?is)\\s*enum\\s*\\((.*)\\)\\s*");
    private static final Pattern IN_LIST = Pattern.compile("(?is)\\s*\\(?\\s*(\"[^\"]+\"|\\w+)\\s+in\\s*\\((.*)\\)\\s*\\)?\\s*");
    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

    private EnumConstants() {
    }

    /** The constants of an enum type, or empty when the type is not an enum. */
    public static Optional<List<String>> of(String type) {
        Matcher m = ENUM_TYPE.matcher(type);
        return m.matches() ? literals(m.group(1)) : Optional.empty();
    }

    /** The constants of a check of the form {@code column in ('A', 'B')}, or empty for any other check. */
    public static Optional<List<String>> ofCheck(String expression) {
        Matcher m = IN_LIST.matcher(expression);
        return m.matches() ? literals(m.group(2)) : Optional.empty();
    }

    /** The constants of {@code was} that {@code will} no longer has, in their order. */
    public static List<String> removed(List<String> was, List<String> will) {
        return was.stream().filter(c -> !will.contains(c)).toList();
    }

    /** The constants as an SQL list: {@code 'A', 'B'}. */
    public static String sqlList(List<String> constants) {
        return String.join(", ", constants.stream().map(c -> "'" + c.replace("'", "''") + "'").toList());
    }

    private static Optional<List<String>> literals(String list) {
        List<String> constants = new ArrayList<>();
        Matcher m = LITERAL.matcher(list);
        int end = 0;
        while (m.find()) {
            if (!list.substring(end, m.start()).matches("\\s*,?\\s*")) {
                return Optional.empty();
            }
            constants.add(m.group(1).replace("''", "'"));
            end = m.end();
        }
        return constants.isEmpty() || !list.substring(end).isBlank() ? Optional.empty() : Optional.of(constants);
    }
}
