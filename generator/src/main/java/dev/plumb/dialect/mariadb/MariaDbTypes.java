package dev.plumb.dialect.mariadb;

import dev.plumb.dialect.ColumnType;
import dev.plumb.dialect.sql.TypeSpelling;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * MariaDB column types in canonical spelling: Hibernate's {@code MariaDBDialect} spellings and the catalog's
 * {@code COLUMNS.COLUMN_TYPE} map here. MariaDB prints integer display widths ({@code int(11)}, {@code bigint(20)}),
 * which say nothing about the values (<a href="https://mariadb.com/kb/en/int/">INT</a>) and are dropped, except in
 * {@code tinyint(1)}, MariaDB's {@code boolean}
 * (<a href="https://mariadb.com/kb/en/boolean/">BOOLEAN is a synonym for TINYINT(1)</a>).
 *
 * <table>
 *   <caption>MariaDB type spellings</caption>
 *   <tr><th>Hibernate / catalog spelling</th><th>canonical</th></tr>
 *   <tr><td>{@code integer}, {@code int(11)}, {@code int}</td><td>{@code int}</td></tr>
 *   <tr><td>{@code bigint(20)}, {@code smallint(6)}, {@code tinyint(4)}, {@code mediumint(9)}</td>
 *       <td>{@code bigint}, {@code smallint}, {@code tinyint}, {@code mediumint}</td></tr>
 *   <tr><td>{@code int(10) unsigned}</td><td>{@code int unsigned}</td></tr>
 *   <tr><td>{@code boolean}, {@code bool}, {@code tinyint(1)}</td><td>{@code tinyint(1)}</td></tr>
 *   <tr><td>{@code bit}, {@code bit(1)}</td><td>{@code bit(1)}</td></tr>
 *   <tr><td>{@code float(24)}, {@code float}, {@code float4}</td><td>{@code float}</td></tr>
 *   <tr><td>{@code float(53)}, {@code double}, {@code double precision}, {@code real}, {@code float8}</td>
 *       <td>{@code double} (REAL is DOUBLE unless sql_mode has REAL_AS_FLOAT)</td></tr>
 *   <tr><td>{@code numeric(p,s)}, {@code decimal(p)}, {@code decimal}</td>
 *       <td>{@code decimal(p,s)}, {@code decimal(p,0)}, {@code decimal(10,0)}</td></tr>
 *   <tr><td>{@code datetime}, {@code timestamp}, {@code time}</td>
 *       <td>{@code datetime(0)}, {@code timestamp(0)}, {@code time(0)} (a precision is always written)</td></tr>
 *   <tr><td>{@code character varying(n)}, {@code char}</td><td>{@code varchar(n)}, {@code char(1)}</td></tr>
 *   <tr><td>{@code json}, {@code longtext} + {@code json_valid} check</td><td>{@code json}</td></tr>
 *   <tr><td>{@code enum ('A','B')}, {@code enum('A','B')}</td><td>{@code enum('A','B')}</td></tr>
 *   <tr><td>anything else ({@code longtext}, {@code uuid}, {@code date}, {@code varbinary(255)}, ...)</td>
 *       <td>lower case, single spaces</td></tr>
 * </table>
 */
final class MariaDbTypes {

    private static final Pattern UNSIGNED = Pattern.compile("(?i)\\s+(unsigned|zerofill)\\b");
    private static final Pattern LITERAL = Pattern.compile("'(?:[^'\\\\]|''|\\\\.)*'");

    private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();
    private static final Map<String, ColumnType> PARSED = new ConcurrentHashMap<>();

    private MariaDbTypes() {
    }

    /** The canonical spelling of a type, cached: spellings repeat across a model's columns. */
    static String canonical(String raw) {
        return CANONICAL.computeIfAbsent(raw, MariaDbTypes::parseCanonical);
    }

    /** The typed form of a canonical spelling: integers sized by their storage bytes, enums by their values. */
    static ColumnType parse(String canonical) {
        return PARSED.computeIfAbsent(canonical, MariaDbTypes::parseType);
    }

    private static String parseCanonical(String raw) {
        String trimmed = TypeSpelling.collapseSpaces(raw.trim());
        if (isEnum(trimmed)) {
            return "enum(" + String.join(",", literals(trimmed)) + ")";
        }
        boolean unsigned = UNSIGNED.matcher(trimmed).find();
        String signed = UNSIGNED.matcher(trimmed).replaceAll("");
        return TypeSpelling.parse(signed)
                .map(t -> canonicalBase(t) + (unsigned ? " unsigned" : ""))
                .orElseGet(() -> trimmed.toLowerCase(Locale.ROOT));
    }

    private static ColumnType parseType(String canonical) {
        if (isEnum(canonical)) {
            List<String> values = literals(canonical).stream()
                    .map(l -> l.substring(1, l.length() - 1).replace("''", "'")).toList();
            return ColumnType.listing(canonical, "enum", values);
        }
        return ColumnType.shaped(canonical, MariaDbTypes::family, MariaDbTypes::integerBytes);
    }

    private static boolean isEnum(String spelling) {
        return spelling.regionMatches(true, 0, "enum", 0, 4) && spelling.endsWith(")");
    }

    private static List<String> literals(String enumType) {
        return LITERAL.matcher(enumType.substring(enumType.indexOf('('))).results().map(MatchResult::group).toList();
    }

    private static String canonicalBase(TypeSpelling t) {
        return switch (t.base()) {
            case "tinyint", "int1" -> t.first(4) == 1 ? "tinyint(1)" : "tinyint";
            case "boolean", "bool" -> "tinyint(1)";
            case "smallint", "int2" -> "smallint";
            case "mediumint", "int3" -> "mediumint";
            case "integer", "int", "int4" -> "int";
            case "bigint", "int8" -> "bigint";
            case "bit" -> "bit(" + t.first(1) + ")";
            case "float", "float4" -> t.first(24) <= 24 ? "float" : "double";
            case "double", "double precision", "real", "float8" -> "double";
            case "numeric", "decimal", "dec", "fixed" -> "decimal(" + t.first(10) + "," + t.second(0) + ")";
            case "datetime", "timestamp", "time" -> t.base() + "(" + t.first(0) + ")";
            case "character varying", "varchar" -> "varchar(" + t.first(255) + ")";
            case "character", "char" -> "char(" + t.first(1) + ")";
            case "binary varying", "varbinary" -> "varbinary(" + t.first(255) + ")";
            case "binary" -> "binary(" + t.first(1) + ")";
            default -> t.asWritten();
        };
    }

    private static ColumnType.Family family(String base) {
        return switch (base) {
            case "tinyint", "smallint", "mediumint", "int", "bigint", "tinyint unsigned", "smallint unsigned",
                 "mediumint unsigned", "int unsigned", "bigint unsigned" -> ColumnType.Family.INTEGER;
            case "decimal", "decimal unsigned" -> ColumnType.Family.DECIMAL;
            case "varchar" -> ColumnType.Family.VARYING_TEXT;
            case "char" -> ColumnType.Family.FIXED_TEXT;
            case "tinytext", "text", "mediumtext", "longtext", "json" -> ColumnType.Family.LARGE_TEXT;
            default -> ColumnType.Family.OTHER;
        };
    }

    /** <a href="https://mariadb.com/kb/en/data-type-storage-requirements/">Storage</a>: 1, 2, 3, 4 and 8 bytes. */
    private static int integerBytes(String base) {
        String signed = base.replace(" unsigned", "");
        return switch (signed) {
            case "tinyint" -> 1;
            case "smallint" -> 2;
            case "mediumint" -> 3;
            case "int" -> 4;
            default -> 8;
        };
    }

    /** An SQL value of a canonical type, for examples in messages. */
    static String exampleValue(String type) {
        if (isEnum(type)) {
            return literals(type).get(0);
        }
        String base = parse(type).base();
        return switch (base.replace(" unsigned", "")) {
            case "tinyint", "smallint", "mediumint", "int", "bigint", "float", "double", "decimal", "bit" -> "0";
            case "datetime", "timestamp" -> "current_timestamp";
            case "date" -> "current_date";
            case "time" -> "current_time";
            case "uuid" -> "uuid()";
            case "json" -> "'{}'";
            default -> "''";
        };
    }
}
