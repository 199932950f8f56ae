package dev.plumb.dialect.postgres;

import dev.plumb.dialect.ColumnType;
import dev.plumb.dialect.sql.TypeSpelling;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PostgreSQL column types in canonical spelling: Hibernate's short names, with the precision always written where
 * PostgreSQL has a default one. Both Hibernate's spellings and {@code format_type(atttypid, atttypmod)}'s map here.
 *
 * <table>
 *   <caption>PostgreSQL type spellings</caption>
 *   <tr><th>Hibernate / catalog spelling</th><th>canonical</th></tr>
 *   <tr><td>{@code character varying(n)}, {@code varchar(n)}</td><td>{@code varchar(n)} ({@code varchar} without n)</td></tr>
 *   <tr><td>{@code character(n)}, {@code char(n)}, {@code char}</td><td>{@code char(n)}, {@code char(1)}</td></tr>
 *   <tr><td>{@code int2}, {@code int4}, {@code int}, {@code int8}, {@code serial}, {@code bigserial}</td>
 *       <td>{@code smallint}, {@code integer}, {@code integer}, {@code bigint}, {@code integer}, {@code bigint}</td></tr>
 *   <tr><td>{@code float4}, {@code float(1..24)}</td><td>{@code real}</td></tr>
 *   <tr><td>{@code float8}, {@code float(25..53)}, {@code float}</td><td>{@code double precision}</td></tr>
 *   <tr><td>{@code decimal(p,s)}, {@code numeric(p)}</td><td>{@code numeric(p,s)}, {@code numeric(p,0)}</td></tr>
 *   <tr><td>{@code bool}</td><td>{@code boolean}</td></tr>
 *   <tr><td>{@code timestamp}, {@code timestamp(p) without time zone}</td><td>{@code timestamp(6)}, {@code timestamp(p)}</td></tr>
 *   <tr><td>{@code timestamptz}, {@code timestamp with time zone}</td><td>{@code timestamp(6) with time zone}</td></tr>
 *   <tr><td>{@code time}, {@code time(p) without time zone}, {@code timetz}</td>
 *       <td>{@code time(6)}, {@code time(p)}, {@code time(6) with time zone}</td></tr>
 *   <tr><td>{@code varbit(n)}, {@code bit}</td><td>{@code bit varying(n)}, {@code bit(1)}</td></tr>
 *   <tr><td>{@code _text}-style arrays {@code text[]}, {@code text array}</td><td>canonical element type + {@code []}</td></tr>
 *   <tr><td>anything else ({@code uuid}, {@code bytea}, {@code jsonb}, {@code oid}, {@code interval}, ...)</td>
 *       <td>lower case, single spaces</td></tr>
 * </table>
 *
 * <p>The canonical form fills in the precision PostgreSQL uses when none is written, so that {@code timestamp} and
 * {@code timestamp(6)} compare equal. The catalog keeps them apart, though ({@code atttypmod} -1 and 6;
 * {@code format_type} prints {@code timestamp without time zone} and {@code timestamp(6) without time zone}), so
 * {@link #declared} gives the spelling that stores the same catalog state again: the canonical one, except that
 * {@code timestamp}, {@code timestamptz}, {@code time} and {@code timetz} without a precision stay without one. Every
 * other implicit modifier is stored as if written ({@code char} as {@code character(1)}, {@code bit} as
 * {@code bit(1)}, {@code numeric(10)} as {@code numeric(10,0)}, {@code float} as {@code double precision}), and
 * {@code numeric}, {@code varchar}, {@code bit varying} and {@code interval} without modifiers keep none in the
 * canonical form already.
 */
final class PostgresTypes {

    private PostgresTypes() {
    }

    /** Spellings repeat across a model's thousands of columns, and parsing one is a few regular expressions. */
    private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();

    static String canonical(String raw) {
        return CANONICAL.computeIfAbsent(raw, PostgresTypes::parseCanonical);
    }

    private static final Map<String, String> DECLARED = new ConcurrentHashMap<>();

    private static final Map<String, ColumnType> PARSED = new ConcurrentHashMap<>();

    /**
     * The typed form of a canonical spelling, parsed once per spelling: integers sized by their storage
     * ({@code smallint} 2 bytes to {@code bigint} 8), {@code text} a string without a limit. Enum types are named
     * types here ({@code create type}), not spellings that list their values: Hibernate checks an
     * {@code @Enumerated(STRING)} column with {@code in (...)} instead.
     */
    static ColumnType parse(String canonical) {
        return PARSED.computeIfAbsent(canonical,
                spelling -> ColumnType.shaped(spelling, PostgresTypes::family, PostgresTypes::integerBytes));
    }

    /**
     * True when changing from one type to the other needs an explicit cast: PostgreSQL has no implicit cast from a
     * string type to any other ({@code USING col::integer}), see
     * <a href="https://www.postgresql.org/docs/15/sql-altertable.html">ALTER TABLE ... USING</a>.
     */
    static boolean needsCast(String from, String to) {
        ColumnType was = parse(from);
        ColumnType will = parse(to);
        return was.isText() && will.family() != ColumnType.Family.UNKNOWN && !will.isText();
    }

    private static ColumnType.Family family(String base) {
        return switch (base) {
            case "smallint", "integer", "bigint" -> ColumnType.Family.INTEGER;
            case "numeric" -> ColumnType.Family.DECIMAL;
            case "varchar" -> ColumnType.Family.VARYING_TEXT;
            case "char" -> ColumnType.Family.FIXED_TEXT;
            case "text" -> ColumnType.Family.LARGE_TEXT;
            default -> ColumnType.Family.OTHER;
        };
    }

    /** <a href="https://www.postgresql.org/docs/15/datatype-numeric.html">Numeric types</a>: 2, 4 and 8 bytes. */
    private static int integerBytes(String base) {
        return switch (base) {
            case "smallint" -> 2;
            case "integer" -> 4;
            default -> 8;
        };
    }

    /** The spelling for DDL: see the class comment. {@code canonical(declared(raw))} is {@code canonical(raw)}. */
    static String declared(String raw) {
        return DECLARED.computeIfAbsent(raw, PostgresTypes::parseDeclared);
    }

    private static String parseDeclared(String raw) {
        Optional<TypeSpelling> parsed = TypeSpelling.parse(raw).filter(t -> !t.hasModifiers());
        return parsed.flatMap(PostgresTypes::withoutPrecision)
                .map(base -> base + "[]".repeat(parsed.get().arrayDims()))
                .orElseGet(() -> canonical(raw));
    }

    /** The time types whose default precision the catalog does not write. */
    private static Optional<String> withoutPrecision(TypeSpelling t) {
        String zone = t.withTimeZone() ? " with time zone" : "";
        return switch (t.base()) {
            case "timestamp", "time" -> Optional.of(t.base() + zone);
            case "timestamptz" -> Optional.of("timestamp with time zone");
            case "timetz" -> Optional.of("time with time zone");
            default -> Optional.empty();
        };
    }

    private static String parseCanonical(String raw) {
        return TypeSpelling.parse(raw)
                .map(t -> canonicalBase(t) + "[]".repeat(t.arrayDims()))
                .orElseGet(() -> fallback(raw));
    }

    /** Unknown shapes in lower case, except quoted (case-sensitive) names such as a {@code "Mood"} enum type. */
    private static String fallback(String raw) {
        String collapsed = TypeSpelling.collapseSpaces(raw.trim());
        return collapsed.contains("\"") ? collapsed : collapsed.toLowerCase(Locale.ROOT);
    }

    /**
     * An SQL value of a canonical type, for examples in messages; an array or any type not listed takes the empty
     * literal of its text form.
     */
    static String exampleValue(String type) {
        return TypeSpelling.parse(type).filter(t -> t.arrayDims() == 0).map(t -> switch (t.base()) {
            case "smallint", "integer", "bigint", "real", "double precision", "numeric" -> "0";
            case "boolean" -> "false";
            case "timestamp" -> "current_timestamp";
            case "date" -> "current_date";
            case "time" -> "current_time";
            case "uuid" -> "gen_random_uuid()";
            case "json", "jsonb" -> "'{}'";
            case "interval" -> "'0'";
            default -> "''";
        }).orElse(type.endsWith("]") ? "'{}'" : "''");
    }

    private static String canonicalBase(TypeSpelling t) {
        String zone = t.withTimeZone() ? " with time zone" : "";
        return switch (t.base()) {
            case "character varying", "varchar" -> t.hasModifiers() ? "varchar(" + t.first(0) + ")" : "varchar";
            case "character", "char" -> "char(" + t.first(1) + ")";
            case "int2", "smallint", "smallserial", "serial2" -> "smallint";
            case "int4", "int", "integer", "serial", "serial4" -> "integer";
            case "int8", "bigint", "bigserial", "serial8" -> "bigint";
            case "float4", "real" -> "real";
            case "float8", "double precision" -> "double precision";
            case "float" -> t.first(53) <= 24 ? "real" : "double precision";
            case "numeric", "decimal" -> t.hasModifiers() ? "numeric(" + t.first(0) + "," + t.second(0) + ")" : "numeric";
            case "bool", "boolean" -> "boolean";
            case "timestamp" -> "timestamp(" + t.first(6) + ")" + zone;
            case "timestamptz" -> "timestamp(" + t.first(6) + ") with time zone";
            case "time" -> "time(" + t.first(6) + ")" + zone;
            case "timetz" -> "time(" + t.first(6) + ") with time zone";
            case "varbit", "bit varying" -> t.hasModifiers() ? "bit varying(" + t.first(0) + ")" : "bit varying";
            case "bit" -> "bit(" + t.first(1) + ")";
            default -> t.asWritten();
        };
    }
}
