package dev.plumb.dialect.sql;

import java.nio.charset.StandardCharsets;

/**
 * Name lengths counted as PostgreSQL counts them: in bytes of UTF-8, cut only between characters
 * ({@code pg_mbcliplen}). Used for the names the database stores and for the names it makes up itself.
 */
public final class ObjectNames {

    private ObjectNames() {
    }

    /** The UTF-8 length of a name in bytes. */
    public static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix of {@code name} that fits in {@code maxBytes} of UTF-8 without splitting a character. */
    public static String clip(String name, int maxBytes) {
        int used = 0;
        int end = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            int size = bytes(new String(Character.toChars(codePoint)));
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            end += Character.charCount(codePoint);
        }
        return name.substring(0, end);
    }

    /**
     * PostgreSQL's {@code makeObjectName} (indexcmds.c): {@code name1_name2_label}, where the longer of
     * {@code name1} and {@code name2} is cut, byte by byte, until the whole fits in {@code maxBytes}; each part is then
     * clipped back to a character boundary.
     *
     * @param name2 null for names without a middle part ({@code <table>_pkey})
     */
    public static String objectName(String name1, String name2, String label, int maxBytes) {
        int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
        int available = maxBytes - overhead;
        int first = bytes(name1);
        int second = name2 == null ? 0 : bytes(name2);
        while (first + second > available) {
            if (first > second) {
                first--;
            } else {
                second--;
            }
        }
        StringBuilder name = new StringBuilder(clip(name1, first));
        if (name2 != null) {
            name.append('_').append(clip(name2, second));
        }
        return name.append('_').append(label).toString();
    }
}
