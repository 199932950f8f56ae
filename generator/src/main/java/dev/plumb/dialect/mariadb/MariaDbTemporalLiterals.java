package dev.plumb.dialect.mariadb;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spelling MariaDB gives a date or time literal it stores as a column default: {@code '2020-01-01'} on a
 * {@code datetime(3)} column reads back as {@code '2020-01-01 00:00:00.000'}, {@code '10:00'} on a {@code time} as
 * {@code '10:00:00'}, {@code '2020-1-2'} on a {@code date} as {@code '2020-01-02'}: all fields two digits wide, the
 * time part filled in, the fraction cut or padded to the column's precision (measured on MariaDB 10.11,
 * <a href="https://mariadb.com/kb/en/date-and-time-literals/">Date and time literals</a>). A literal of another shape
 * (a time over 24 hours, a date with another separator) is left as written.
 */
final class MariaDbTemporalLiterals {

    private static final Pattern TYPE = Pattern.compile("(date|datetime|timestamp|time)(?:\\((\\d)\\))?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,6}))?)?");
    private static final Pattern DATE_TIME = Pattern.compile(DATE.pattern() + "(?:[ T](" + TIME.pattern() + "))?");

    private MariaDbTemporalLiterals() {
    }

    /** The stored spelling of {@code literal} (quotes included) as the default of a column of {@code type}. */
    static String stored(String type, String literal) {
        Matcher column = TYPE.matcher(type);
        if (!column.matches() || literal.length() < 2 || !literal.startsWith("'") || !literal.endsWith("'")) {
            return literal;
        }
        String value = literal.substring(1, literal.length() - 1);
        int precision = column.group(2) == null ? 0 : Integer.parseInt(column.group(2));
        String stored = switch (column.group(1)) {
            case "date" -> date(value);
            case "time" -> time(value, precision);
            default -> dateTime(value, precision);
        };
        return stored == null ? literal : "'" + stored + "'";
    }

    private static String date(String value) {
        Matcher date = DATE.matcher(value);
        return date.matches() ? datePart(date) : null;
    }

    private static String dateTime(String value, int precision) {
        Matcher dateTime = DATE_TIME.matcher(value);
        if (!dateTime.matches()) {
            return null;
        }
        String time = dateTime.group(4) == null ? time("0:0", precision) : time(dateTime.group(4), precision);
        return datePart(dateTime) + " " + time;
    }

    private static String time(String value, int precision) {
        Matcher time = TIME.matcher(value);
        if (!time.matches() || Integer.parseInt(time.group(1)) > 23) {
            return null;
        }
        String seconds = time.group(3) == null ? "0" : time.group(3);
        String text = two(time.group(1)) + ":" + two(time.group(2)) + ":" + two(seconds);
        String fraction = (time.group(4) == null ? "" : time.group(4)) + "000000";
        return precision == 0 ? text : text + "." + fraction.substring(0, precision);
    }

    private static String datePart(Matcher date) {
        return date.group(1) + "-" + two(date.group(2)) + "-" + two(date.group(3));
    }

    private static String two(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }
}
