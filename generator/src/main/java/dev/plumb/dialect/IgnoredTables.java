package dev.plumb.dialect;

import dev.plumb.model.QualifiedName;
import dev.plumb.runtime.HistoryTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Tables that belong to other tools and are never diffed: not dropped, not altered, not reported as drift. Always
 * the history and lock tables of Plumb's runtime, Flyway and Liquibase (a database adopted from them keeps them, and
 * dropping Flyway's history would make Flyway start over), plus the user's {@code --ignore} / {@code ignore=}
 * patterns.
 *
 * <p>A pattern is {@code [SCHEMA.]TABLE}, where {@code *} stands for any run of characters and {@code ?} for one
 * ({@code qrtz_*}, {@code audit.*}). Without a schema it matches the table in every schema Plumb inspects. As with
 * {@code --rename}, an unquoted part matches whatever case the database folded the name to (H2 stores
 * {@code QRTZ_JOB}, PostgreSQL {@code qrtz_job}); a {@code "Quoted"} part matches exactly.
 *
 * @param patterns the user's patterns, as written; the built-in ones come on top
 */
public record IgnoredTables(List<String> patterns) {

    /**
     * Plumb's own history and lock tables (the runtime's default names), Flyway's history, Liquibase's changelog and
     * its lock.
     */
    public static final List<String> BUILT_IN = List.of(HistoryTable.DEFAULT_NAME, HistoryTable.LOCK_TABLE,
            "flyway_schema_history", "databasechangelog", "databasechangeloglock");

    private static final Map<String, Pattern> GLOBS = new ConcurrentHashMap<>();

    /** Only the built-in tables. */
    public static final IgnoredTables DEFAULT = new IgnoredTables(List.of());

    /**
     * @throws InvalidPatternException naming the pattern when one is empty or has more than one dot outside quotes
     */
    public IgnoredTables {
        patterns = List.copyOf(patterns);
        patterns.forEach(IgnoredTables::parts);
    }

    /** The first pattern (built-in ones first) that matches the table, as written; empty when it is diffed. */
    public Optional<String> match(Optional<String> schema, String table) {
        List<String> all = new ArrayList<>(BUILT_IN);
        all.addAll(patterns);
        return all.stream().filter(pattern -> matches(pattern, schema, table)).findFirst();
    }

    /** {@link #match(Optional, String)} for a table of the model, whose default schema has no namespace. */
    public Optional<String> match(QualifiedName table) {
        return match(table.namespace().map(ns -> ns.value()), table.name().value());
    }

    private static boolean matches(String pattern, Optional<String> schema, String table) {
        List<String> parts = parts(pattern);
        if (parts.size() == 2 && (schema.isEmpty() || !glob(parts.get(0)).matcher(schema.get()).matches())) {
            return false;
        }
        return glob(parts.get(parts.size() - 1)).matcher(table).matches();
    }

    /** The pattern split at the dot outside quotes: the table alone, or schema and table. */
    private static List<String> parts(String pattern) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : pattern.trim().toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == '.' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        if (parts.size() > 2 || parts.stream().anyMatch(p -> p.isBlank() || p.equals("\"\"")) || quoted) {
            throw new InvalidPatternException("ignore pattern '" + pattern + "' is not [SCHEMA.]TABLE: write a "
                    + "table name with * and ? as wildcards, e.g. --ignore qrtz_* or --ignore audit.*");
        }
        return parts;
    }

    /** The inspector asks once per catalog row; each part is compiled once. */
    private static Pattern glob(String part) {
        return GLOBS.computeIfAbsent(part, IgnoredTables::compile);
    }

    private static Pattern compile(String part) {
        boolean quoted = part.length() > 1 && part.startsWith("\"") && part.endsWith("\"");
        String text = quoted ? part.substring(1, part.length() - 1) : part;
        StringBuilder regex = new StringBuilder();
        for (String piece : text.split("((?<=[*?])|(?=[*?]))")) {
            regex.append(switch (piece) {
                case "*" -> ".*";
                case "?" -> ".";
                default -> Pattern.quote(piece);
            });
        }
        return Pattern.compile(regex.toString(), quoted ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
