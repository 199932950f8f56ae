package dev.plumb.dialect.h2;

import dev.plumb.dialect.ColumnType;
import dev.plumb.dialect.sql.TypeSpelling;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * H2 2.x column types in canonical spelling. Hibernate's spellings and the inspector's (built from
 * {@code INFORMATION_SCHEMA.COLUMNS.DATA_TYPE} plus length, precision and scale) map here. H2 reports the precision of
 * integer and floating types in binary digits ({@code BIGINT} 64, {@code DOUBLE PRECISION} 53); the inspector never
 * writes those, and the rules below ignore them.
 *
 * <table>
 *   <caption>H2 type spellings</caption>
 *   <tr><th>Hibernate / catalog spelling</th><th>canonical</th></tr>
 *   <tr><td>{@code CHARACTER VARYING(n)}, {@code varchar(n)}, {@code varchar_ignorecase}</td><td>{@code varchar(n)}</td></tr>
 *   <tr><td>{@code varchar}, {@code text} (H2 makes both {@code CHARACTER VARYING(1000000000)})</td>
 *       <td>{@code varchar(1000000000)}</td></tr>
 *   <tr><td>{@code CHARACTER(n)}, {@code char}</td><td>{@code char(n)}, {@code char(1)}</td></tr>
 *   <tr><td>{@code CHARACTER LARGE OBJECT}, {@code clob}</td><td>{@code clob}</td></tr>
 *   <tr><td>{@code BINARY LARGE OBJECT}, {@code blob}</td><td>{@code blob}</td></tr>
 *   <tr><td>{@code BINARY VARYING(n)}, {@code varbinary(n)}</td><td>{@code varbinary(n)}</td></tr>
 *   <tr><td>{@code TINYINT}, {@code SMALLINT}, {@code INTEGER}/{@code int}/{@code int4}, {@code BIGINT}/{@code int8}</td>
 *       <td>{@code tinyint}, {@code smallint}, {@code integer}, {@code bigint}</td></tr>
 *   <tr><td>{@code REAL}, {@code float4}, {@code float(1..24)}</td><td>{@code real}</td></tr>
 *   <tr><td>{@code DOUBLE PRECISION}, {@code double}, {@code float8}, {@code float(25..53)}, {@code float}</td>
 *       <td>{@code double precision}</td></tr>
 *   <tr><td>{@code NUMERIC(p, s)}, {@code decimal(p,s)}, {@code numeric(p)}, {@code numeric}</td>
 *       <td>{@code numeric(p,s)}, {@code numeric(p,0)}, {@code numeric(100000,0)}</td></tr>
 *   <tr><td>{@code BOOLEAN}, {@code bool}, {@code bit}</td><td>{@code boolean}</td></tr>
 *   <tr><td>{@code TIMESTAMP(p)}, {@code timestamp}</td><td>{@code timestamp(p)}, {@code timestamp(6)}</td></tr>
 *   <tr><td>{@code TIMESTAMP(p) WITH TIME ZONE}</td><td>{@code timestamp(p) with time zone}</td></tr>
 *   <tr><td>{@code TIME(p)}, {@code time}</td><td>{@code time(p)}, {@code time(0)}</td></tr>
 *   <tr><td>{@code ENUM('A', 'B')}, {@code enum ('A','B')}</td><td>{@code enum ('A','B')} (values in H2's order)</td></tr>
 *   <tr><td>anything else ({@code UUID}, {@code JSON}, {@code DATE}, ...)</td><td>lower case, single spaces</td></tr>
 * </table>
 */
final class H2Types {

    static final long MAX_VARCHAR = 1_000_000_000L;

    private H2Types() {
    }

    /** Spellings repeat across a model's thousands of columns, and parsing one is a few regular expressions. */
    private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();

    static String canonical(String raw) {
        return CANONICAL.computeIfAbsent(raw, H2Types::parseCanonical);
    }

    private static String parseCanonical(String raw) {
        String trimmed = raw.trim();
        if (trimmed.regionMatches(true, 0, "enum", 0, 4) && trimmed.endsWith(")")) {
            return canonicalEnum(trimmed);
        }
        return TypeSpelling.parse(trimmed)
                .map(t -> canonicalBase(t) + " array".repeat(t.arrayDims()))
                .orElseGet(() -> TypeSpelling.collapseSpaces(trimmed.toLowerCase(Locale.ROOT)));
    }

    private static final Map<String, ColumnType> PARSED = new ConcurrentHashMap<>();

    /**
     * The typed form of a canonical spelling, parsed once per spelling: {@code enum ('A','B')} lists its values
     * (unquoted), integers are sized by their storage ({@code tinyint} 1 byte to {@code bigint} 8), {@code clob} is
     * text without a limit.
     */
    static ColumnType parse(String canonical) {
        return PARSED.computeIfAbsent(canonical, H2Types::parseType);
    }

    private static ColumnType parseType(String canonical) {
        if (isEnum(canonical)) {
            List<String> values = EnumLiterals.quotedValues(canonical.substring(canonical.indexOf('(') + 1,
                    canonical.length() - 1)).stream().map(EnumLiterals::unquoted).toList();
            return ColumnType.listing(canonical, "enum", values);
        }
        return ColumnType.shaped(canonical, H2Types::family, H2Types::integerBytes);
    }

    private static boolean isEnum(String canonical) {
        return canonical.startsWith("enum") && canonical.endsWith(")");
    }

    private static ColumnType.Family family(String base) {
        return switch (base) {
            case "tinyint", "smallint", "integer", "bigint" -> ColumnType.Family.INTEGER;
            case "numeric" -> ColumnType.Family.DECIMAL;
            case "varchar" -> ColumnType.Family.VARYING_TEXT;
            case "char" -> ColumnType.Family.FIXED_TEXT;
            case "clob" -> ColumnType.Family.LARGE_TEXT;
            default -> ColumnType.Family.OTHER;
        };
    }

    /** <a href="https://h2database.com/html/datatypes.html">H2's data types</a>: 1, 2, 4 and 8 bytes. */
    private static int integerBytes(String base) {
        return switch (base) {
            case "tinyint" -> 1;
            case "smallint" -> 2;
            case "integer" -> 4;
            default -> 8;
        };
    }

    /** {@code enum ('A','B')}: H2 keeps the declared order, and so does the canonical form. */
    static String enumType(List<String> quotedValues) {
        return "enum (" + String.join(",", quotedValues) + ")";
    }

    private static String canonicalEnum(String raw) {
        List<String> values = EnumLiterals.quotedValues(raw.substring(raw.indexOf('(') + 1, raw.length() - 1));
        return enumType(values);
    }

    /**
     * An SQL value of a canonical type, for examples in messages: an enum's first constant, {@code X''} for
     * binary types, the empty literal for text and any type not listed.
     */
    static String exampleValue(String type) {
        if (type.endsWith(" array")) {
            return "ARRAY[]";
        }
        if (type.startsWith("enum")) {
            return EnumLiterals.quotedValues(type.substring(type.indexOf('(') + 1, type.lastIndexOf(')'))).get(0);
        }
        return TypeSpelling.parse(type).map(t -> switch (t.base()) {
            case "tinyint", "smallint", "integer", "bigint", "real", "double precision", "numeric" -> "0";
            case "boolean" -> "false";
            case "timestamp" -> "current_timestamp";
            case "date" -> "current_date";
            case "time" -> "current_time";
            case "uuid" -> "random_uuid()";
            case "json" -> "JSON '{}'";
            case "binary", "varbinary", "blob" -> "X''";
            default -> "''";
        }).orElse("''");
    }

    private static String canonicalBase(TypeSpelling t) {
        String zone = t.withTimeZone() ? " with time zone" : "";
        return switch (t.base()) {
            case "character varying", "varchar", "varchar_ignorecase", "varchar2", "nvarchar", "text",
                 "longvarchar" -> "varchar(" + t.first(MAX_VARCHAR) + ")";
            case "character", "char", "nchar" -> "char(" + t.first(1) + ")";
            case "character large object", "clob", "char large object", "nclob" -> "clob";
            case "binary large object", "blob" -> "blob";
            case "binary varying", "varbinary", "longvarbinary" -> "varbinary(" + t.first(MAX_VARCHAR) + ")";
            case "binary" -> "binary(" + t.first(1) + ")";
            case "tinyint" -> "tinyint";
            case "smallint", "int2" -> "smallint";
            case "integer", "int", "int4" -> "integer";
            case "bigint", "int8" -> "bigint";
            case "real", "float4" -> "real";
            case "double precision", "double", "float8" -> "double precision";
            case "float" -> t.first(53) <= 24 ? "real" : "double precision";
            case "numeric", "decimal", "dec", "number" -> "numeric(" + t.first(100_000) + "," + t.second(0) + ")";
            case "boolean", "bool", "bit" -> "boolean";
            case "timestamp" -> "timestamp(" + t.first(6) + ")" + zone;
            case "time" -> "time(" + t.first(0) + ")" + zone;
            default -> t.asWritten();
        };
    }

    /** Reads the quoted values of an enum type, keeping each literal's exact text. */
    private static final class EnumLiterals {

        private EnumLiterals() {
        }

        static List<String> quotedValues(String list) {
            return java.util.regex.Pattern.compile("'(?:[^']|'')*'").matcher(list).results()
                    .map(java.util.regex.MatchResult::group)
                    .collect(Collectors.toList());
        }

        /** The value a literal stands for: {@code 'it''s'} is {@code it's}. */
        static String unquoted(String literal) {
            return literal.substring(1, literal.length() - 1).replace("''", "'");
        }
    }
}
