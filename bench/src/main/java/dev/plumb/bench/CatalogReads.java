package dev.plumb.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The round trips a process makes to read the database catalog, counted the same way whatever the tool:
 * {@link java.sql.DatabaseMetaData} calls that return a result set ({@code getTables}, {@code getColumns},
 * {@code getIndexInfo}, ...; each is one catalog query the driver runs for the tool) and the SQL queries the tool
 * itself sends that read {@code pg_catalog} or {@code information_schema}. Session statements ({@code set},
 * {@code show}, {@code select version()}, {@code select current_schema()}, advisory locks), DDL and the tool's own
 * tables are counted apart as "other" and left out of the catalog figure. {@link CountingDriver} feeds it;
 * {@link CountingMain} writes it to a properties file when the JVM exits.
 */
final class CatalogReads {

    /** A read statement that names a catalog relation or a catalog function; advisory locks and sleeps are not. */
    private static final Pattern CATALOG = Pattern.compile("\\b(?:information_schema|pg_catalog)\\s*\\."
            + "|\\bpg_(?!advisory_|try_advisory_|sleep|backend_pid)[a-z_]+|\\bto_regclass\\s*\\(");
    private static final Pattern LEADING_COMMENTS = Pattern.compile("\\A(?:\\s+|--[^\\n]*(?:\\n|\\z)|/\\*.*?\\*/)*",
            Pattern.DOTALL);

    /** Set to {@code true} to tally each statement's text too, to see what was counted as what. */
    static final String LOG_PROPERTY = "plumb.bench.catalog-reads.log";

    private static final Map<String, AtomicInteger> TALLY = new TreeMap<>();

    private CatalogReads() {
    }

    /** A {@code DatabaseMetaData} method that returned a result set. */
    static void metadataCall(String method) {
        add("metadata." + method);
        add("metadata");
    }

    /** A statement sent to the server (a batch counts once, classified by its first statement). */
    static void statement(String sql) {
        String kind = isCatalogQuery(sql) ? "queries" : "other";
        add(kind);
        if (Boolean.getBoolean(LOG_PROPERTY)) {
            add(kind + "." + (sql == null ? "(batch)" : sql.strip().replaceAll("\\s+", " ")));
        }
    }

    static boolean isCatalogQuery(String sql) {
        if (sql == null) {
            return false;
        }
        String body = LEADING_COMMENTS.matcher(sql).replaceFirst("").toLowerCase(java.util.Locale.ROOT);
        boolean read = body.startsWith("select") || body.startsWith("with") || body.startsWith("table");
        return read && CATALOG.matcher(body).find();
    }

    /** Writes the totals ({@code metadata}, {@code queries}, {@code other}) and the per-method tally. */
    static synchronized void write(Path file) {
        Properties properties = new Properties();
        for (String key : new String[] {"metadata", "queries", "other"}) {
            properties.setProperty(key, "0");
        }
        TALLY.forEach((key, count) -> properties.setProperty(key, Integer.toString(count.get())));
        try (var out = Files.newBufferedWriter(file)) {
            properties.store(out, "catalog reads of one process");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file {@link #write} wrote: metadata calls and catalog queries. */
    static Counts read(Path file) {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Counts(Integer.parseInt(properties.getProperty("metadata", "0")),
                Integer.parseInt(properties.getProperty("queries", "0")),
                Integer.parseInt(properties.getProperty("other", "0")));
    }

    private static synchronized void add(String key) {
        TALLY.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    /** One process's totals; {@code other} are the statements that do not read the catalog. */
    record Counts(int metadataCalls, int catalogQueries, int other) {
        @Override
        public String toString() {
            return metadataCalls + " md + " + catalogQueries + " sql";
        }
    }
}
