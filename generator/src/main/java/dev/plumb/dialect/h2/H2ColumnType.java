package dev.plumb.dialect.h2;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Spells a column's type from its {@code INFORMATION_SCHEMA.COLUMNS} row the way one would declare it, e.g.
 * {@code CHARACTER VARYING(255)}, {@code NUMERIC(19, 2)}, {@code TIMESTAMP(6) WITH TIME ZONE},
 * {@code ENUM('A','B')}. Lengths are written for character and binary strings only, scale and precision for exact
 * numerics, fractional-second precision for times; the binary precision H2 reports for integers and floats
 * ({@code BIGINT} 64) is not part of the type and is never written.
 */
final class H2ColumnType {

    private static final Set<String> WITH_LENGTH = Set.of("CHARACTER VARYING", "CHARACTER", "VARCHAR_IGNORECASE",
            "BINARY VARYING", "BINARY");
    private static final Set<String> WITH_PRECISION_AND_SCALE = Set.of("NUMERIC", "DECIMAL");
    private static final Set<String> WITH_FRACTIONAL_SECONDS = Set.of("TIME", "TIMESTAMP", "TIME WITH TIME ZONE",
            "TIMESTAMP WITH TIME ZONE");

    private H2ColumnType() {
    }

    /**
     * @param enumValues  the quoted values of this column when it is an {@code ENUM}, in declaration order
     * @param elementType the spelled element type when it is an {@code ARRAY} (one level: Hibernate maps no deeper)
     */
    static String spell(ResultSet row, List<String> enumValues, String elementType) throws SQLException {
        if ("ARRAY".equals(row.getString("DATA_TYPE")) && elementType != null) {
            return elementType + " ARRAY";
        }
        return spell(row, "", enumValues);
    }

    /** The type from a row of {@code COLUMNS} or {@code ELEMENT_TYPES} (the same column names). */
    static String spell(ResultSet row, String prefix, List<String> enumValues) throws SQLException {
        String dataType = row.getString(prefix + "DATA_TYPE");
        if (WITH_LENGTH.contains(dataType)) {
            return dataType + "(" + row.getLong(prefix + "CHARACTER_MAXIMUM_LENGTH") + ")";
        }
        if (WITH_PRECISION_AND_SCALE.contains(dataType)) {
            return dataType + "(" + row.getLong(prefix + "NUMERIC_PRECISION") + ", "
                    + row.getLong(prefix + "NUMERIC_SCALE") + ")";
        }
        if (WITH_FRACTIONAL_SECONDS.contains(dataType)) {
            int space = dataType.indexOf(' ');
            String precision = "(" + row.getLong(prefix + "DATETIME_PRECISION") + ")";
            return space < 0 ? dataType + precision : dataType.substring(0, space) + precision + dataType.substring(space);
        }
        if ("ENUM".equals(dataType)) {
            return "ENUM(" + String.join(",", enumValues) + ")";
        }
        if ("INTERVAL".equals(dataType) && row.getString(prefix + "INTERVAL_TYPE") != null) {
            return "INTERVAL " + row.getString(prefix + "INTERVAL_TYPE");
        }
        return dataType;
    }
}
