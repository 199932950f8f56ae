package dev.plumb.runtime;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Orders migration versions part by part: a version is split on {@code .}, {@code _} and {@code -}; parts made of
 * digits compare as numbers (so {@code 2 < 10} and {@code 01 == 1}), other parts as text, and a number sorts before
 * text. A version that is a prefix of another sorts first ({@code 1.2 < 1.2.1}).
 *
 * <p>Two versions this comparator calls equal are duplicates: {@link MigrationCatalog} refuses them, because their
 * order would be arbitrary.
 */
final class VersionComparator implements Comparator<String> {

    static final VersionComparator INSTANCE = new VersionComparator();

    private static final Pattern SEPARATORS = Pattern.compile("[._-]");

    private VersionComparator() {
    }

    @Override
    public int compare(String left, String right) {
        String[] a = SEPARATORS.split(left, -1);
        String[] b = SEPARATORS.split(right, -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int result = comparePart(a[i], b[i]);
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int comparePart(String a, String b) {
        boolean numericA = isNumeric(a);
        boolean numericB = isNumeric(b);
        if (numericA && numericB) {
            return compareNumbers(stripZeros(a), stripZeros(b));
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** Compares digit strings of any length without overflow: the longer one is bigger, else digit by digit. */
    private static int compareNumbers(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static boolean isNumeric(String part) {
        if (part.isEmpty()) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
