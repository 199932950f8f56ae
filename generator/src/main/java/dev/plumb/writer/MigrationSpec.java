package dev.plumb.writer;

import dev.plumb.diff.Change;
import dev.plumb.diff.OffendingRows;
import dev.plumb.runtime.Dialect;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one migration class contains. The statements are keyed by dialect so that one class can carry the SQL of
 * several databases; both maps empty means an empty migration for the user to fill in.
 *
 * @param version     the {@code yyyyMMddHHmmss} version, also the class name prefix
 * @param name        the CamelCase part of the class name, for example {@code CreateCustomer}
 * @param description the human name, for example {@code Create customer}
 * @param generatedAt when it was generated, for the header
 * @param changes     the changes in apply order, listed in the Javadoc
 * @param up          statements per dialect, in order, without trailing semicolons
 * @param down        the statements that undo {@code up}, per dialect
 * @param reviews     for the changes that can fail on rows already there, the query that finds those rows
 * @param kept        the drops and weakenings of unmanaged objects left out (see {@code Ownership}), listed as kept
 * @param adoption    a baseline's record of a database made by other means: its objects stay unmanaged, so the class
 *                    records none of them as created by Plumb (no {@code @SchemaObjects})
 * @param accepted    a baseline's differences between the entities and the adopted database, one change line each,
 *                    written as {@code @AcceptedDifferences} so that {@code check} does not count them as drift
 */
public record MigrationSpec(String version, String name, String description, Instant generatedAt,
                            List<Change> changes, Map<Dialect, List<String>> up, Map<Dialect, List<String>> down,
                            List<OffendingRows.Review> reviews, List<Change> kept, boolean adoption,
                            List<String> accepted) {

    public MigrationSpec {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(generatedAt, "generatedAt");
        changes = List.copyOf(changes);
        up = copy(up);
        down = copy(down);
        reviews = List.copyOf(reviews);
        kept = List.copyOf(kept);
        accepted = List.copyOf(accepted);
    }

    /** A migration that accepts no differences. */
    public MigrationSpec(String version, String name, String description, Instant generatedAt,
                         List<Change> changes, Map<Dialect, List<String>> up, Map<Dialect, List<String>> down,
                         List<OffendingRows.Review> reviews, List<Change> kept, boolean adoption) {
        this(version, name, description, generatedAt, changes, up, down, reviews, kept, adoption, List.of());
    }

    /** A migration that keeps nothing out. */
    public MigrationSpec(String version, String name, String description, Instant generatedAt,
                         List<Change> changes, Map<Dialect, List<String>> up, Map<Dialect, List<String>> down,
                         List<OffendingRows.Review> reviews) {
        this(version, name, description, generatedAt, changes, up, down, reviews, List.of(), false);
    }

    /** A migration without reviewer queries. */
    public MigrationSpec(String version, String name, String description, Instant generatedAt,
                         List<Change> changes, Map<Dialect, List<String>> up, Map<Dialect, List<String>> down) {
        this(version, name, description, generatedAt, changes, up, down, List.of());
    }

    /** The same migration listing {@code newKept} as kept. */
    public MigrationSpec withKept(List<Change> newKept) {
        return new MigrationSpec(version, name, description, generatedAt, changes, up, down, reviews, newKept,
                adoption, accepted);
    }

    /** The same migration as a baseline's record of an adopted database (see {@code adoption}). */
    public MigrationSpec asAdoption() {
        return new MigrationSpec(version, name, description, generatedAt, changes, up, down, reviews, kept, true,
                accepted);
    }

    /** The same migration accepting {@code differences} (see {@code accepted}). */
    public MigrationSpec withAccepted(List<String> differences) {
        return new MigrationSpec(version, name, description, generatedAt, changes, up, down, reviews, kept, adoption,
                differences);
    }

    /** False when some change's down cannot restore the values its up changed (see {@link Change#reversible()}). */
    public boolean reversible() {
        return changes.stream().allMatch(Change::reversible);
    }

    /** A migration without SQL, for {@code plumb new}. */
    public static MigrationSpec empty(String version, String name, String description, Instant generatedAt) {
        return new MigrationSpec(version, name, description, generatedAt, List.of(), Map.of(), Map.of());
    }

    /**
     * Statements PostgreSQL refuses inside a transaction block: {@code create/drop index concurrently},
     * {@code reindex ... concurrently}, {@code alter type ... add value} (before PostgreSQL 12), {@code vacuum}.
     */
    private static final java.util.regex.Pattern NON_TRANSACTIONAL = java.util.regex.Pattern.compile(
            "(?is)\\s*(?:(?:create\\s+(?:unique\\s+)?|drop\\s+)index\\s+concurrently\\b"
                    + "|reindex\\b.*\\bconcurrently\\b|alter\\s+type\\b.*\\badd\\s+value\\b|vacuum\\b).*");

    /**
     * False when some statement, up or down, cannot run in a transaction: the generated class then declares
     * {@code transactional() false}, and the runtime records its progress statement by statement instead.
     */
    public boolean transactional() {
        return java.util.stream.Stream.of(up, down)
                .flatMap(map -> map.values().stream())
                .flatMap(List::stream)
                .noneMatch(sql -> NON_TRANSACTIONAL.matcher(sql).matches());
    }

    public boolean isEmpty() {
        return up.isEmpty() && down.isEmpty();
    }

    /**
     * The class's simple name, for example {@code V20261122093015__CreateCustomer}; a character of the version that
     * cannot be in a Java name (the dot of a baseline at {@code 1.0}) becomes {@code _}.
     */
    public String className() {
        return "V" + version.replaceAll("[^A-Za-z0-9_$]", "_") + "__" + name;
    }

    private static Map<Dialect, List<String>> copy(Map<Dialect, List<String>> statements) {
        Map<Dialect, List<String>> sorted = new EnumMap<>(Dialect.class);
        statements.forEach((dialect, sql) -> sorted.put(dialect, List.copyOf(sql)));
        return java.util.Collections.unmodifiableMap(sorted);
    }
}
