package dev.plumb.writer;

import dev.plumb.diff.Change;
import dev.plumb.diff.OffendingRows;
import dev.plumb.dialect.SqlStatement;
import dev.plumb.runtime.Dialect;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one migration class contains. The statements are keyed by dialect so that one class can carry the SQL of
 * several databases; both maps empty means an empty migration for the user to fill in.
 *
 * @param version     the {@code yyyyMMddHHmmss} version, also the class name prefix
 * @param name        the CamelCase part of the class name, for example {@code CreateCustomer}
 * @param description the human name, for example {@code Create customer}
 * @param generatedAt when it was generated, for the header
 * @param changes     the changes in apply order, listed in the Javadoc
 * @param up          statements per dialect, in order, without trailing semicolons, each with how it must run (in
 *                    the surrounding transaction, in one of its own, or outside any), as its renderer said
 * @param down        the statements that undo {@code up}, per dialect
 * @param reviews     for the changes that can fail on rows already there, the query that finds those rows
 * @param kept        the drops and weakenings of unmanaged objects left out (see {@code Ownership}), listed as kept
 * @param adoption    a baseline's record of a database made by other means: its objects stay unmanaged, so the class
 *                    records none of them as created by Plumb (no {@code @SchemaObjects})
 * @param accepted    a baseline's differences between the entities and the adopted database, one change line each,
 *                    written as {@code @AcceptedDifferences} so that {@code check} does not count them as drift
 * @param dialectChanges for a dialect whose plan differs from {@code changes} (the shared list), its own change list,
 *                    so the Javadoc can say so per dialect
 */
public record MigrationSpec(String version, String name, String description, Instant generatedAt,
                            List<Change> changes, Map<Dialect, List<SqlStatement>> up,
                            Map<Dialect, List<SqlStatement>> down, List<OffendingRows.Review> reviews,
                            List<Change> kept, boolean adoption, List<String> accepted,
                            Map<Dialect, List<Change>> dialectChanges) {

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
        dialectChanges = copy(dialectChanges);
    }

    /** A migration that accepts no differences, with one change list for every dialect. */
    public MigrationSpec(String version, String name, String description, Instant generatedAt,
                         List<Change> changes, Map<Dialect, List<SqlStatement>> up,
                         Map<Dialect, List<SqlStatement>> down, List<OffendingRows.Review> reviews,
                         List<Change> kept, boolean adoption) {
        this(version, name, description, generatedAt, changes, up, down, reviews, kept, adoption, List.of(),
                Map.of());
    }

    /** A migration that keeps nothing out. */
    public MigrationSpec(String version, String name, String description, Instant generatedAt,
                         List<Change> changes, Map<Dialect, List<SqlStatement>> up,
                         Map<Dialect, List<SqlStatement>> down, List<OffendingRows.Review> reviews) {
        this(version, name, description, generatedAt, changes, up, down, reviews, List.of(), false);
    }

    /** A migration without reviewer queries. */
    public MigrationSpec(String version, String name, String description, Instant generatedAt,
                         List<Change> changes, Map<Dialect, List<SqlStatement>> up,
                         Map<Dialect, List<SqlStatement>> down) {
        this(version, name, description, generatedAt, changes, up, down, List.of());
    }

    /** The same migration listing {@code newKept} as kept. */
    public MigrationSpec withKept(List<Change> newKept) {
        return new MigrationSpec(version, name, description, generatedAt, changes, up, down, reviews, newKept,
                adoption, accepted, dialectChanges);
    }

    /** The same migration with the change lists of the dialects whose plan differs from the shared one. */
    public MigrationSpec withDialectChanges(Map<Dialect, List<Change>> differing) {
        return new MigrationSpec(version, name, description, generatedAt, changes, up, down, reviews, kept,
                adoption, accepted, differing);
    }

    /** The same migration as a baseline's record of an adopted database (see {@code adoption}). */
    public MigrationSpec asAdoption() {
        return new MigrationSpec(version, name, description, generatedAt, changes, up, down, reviews, kept, true,
                accepted, dialectChanges);
    }

    /** The same migration accepting {@code differences} (see {@code accepted}). */
    public MigrationSpec withAccepted(List<String> differences) {
        return new MigrationSpec(version, name, description, generatedAt, changes, up, down, reviews, kept, adoption,
                differences, dialectChanges);
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
     * Statements that all run in the surrounding transaction, for callers that have plain SQL (tests, hand-made
     * specs): the renderer's {@link SqlStatement#of}.
     */
    public static Map<Dialect, List<SqlStatement>> inTransaction(Map<Dialect, List<String>> sql) {
        Map<Dialect, List<SqlStatement>> statements = new EnumMap<>(Dialect.class);
        sql.forEach((dialect, list) -> statements.put(dialect, list.stream().map(SqlStatement::of).toList()));
        return statements;
    }

    /**
     * The dialects whose statements, up or down, include one the database refuses inside a transaction: the class
     * runs in steps there ({@code script.outsideTransaction(...)}).
     */
    public Set<Dialect> outsideTransaction() {
        Set<Dialect> outside = EnumSet.noneOf(Dialect.class);
        for (Map<Dialect, List<SqlStatement>> direction : List.of(up, down)) {
            direction.forEach((dialect, list) -> {
                if (!list.stream().allMatch(SqlStatement::transactional)) {
                    outside.add(dialect);
                }
            });
        }
        return Collections.unmodifiableSet(outside);
    }

    /** Every change of every dialect's plan: the shared list, then what only a dialect's own list has. */
    public List<Change> allChanges() {
        List<Change> all = new java.util.ArrayList<>(changes);
        dialectChanges.values().forEach(list -> list.stream().filter(c -> !all.contains(c)).forEach(all::add));
        return all;
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

    private static <T> Map<Dialect, List<T>> copy(Map<Dialect, List<T>> perDialect) {
        Map<Dialect, List<T>> sorted = new EnumMap<>(Dialect.class);
        perDialect.forEach((dialect, list) -> sorted.put(dialect, List.copyOf(list)));
        return Collections.unmodifiableMap(sorted);
    }
}
