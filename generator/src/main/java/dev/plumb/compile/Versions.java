package dev.plumb.compile;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders migration versions part by part: {@code 2.10} after {@code 2.9}, numbers numerically, other parts as text.
 * Timestamps {@code 20261122093015} compare as plain numbers.
 */
final class Versions {

    static final Comparator<String> ORDER = Versions::compare;

    private Versions() {
    }

    static int compare(String left, String right) {
        String[] a = left.split("[._]");
        String[] b = right.split("[._]");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int result = comparePart(a[i], b[i]);
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int comparePart(String a, String b) {
        boolean numeric = a.matches("\\d+") && b.matches("\\d+");
        return numeric ? new BigInteger(a).compareTo(new BigInteger(b)) : a.compareTo(b);
    }
}
