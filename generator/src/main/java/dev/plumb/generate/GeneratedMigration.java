package dev.plumb.generate;

import dev.plumb.diff.OffendingRows;
import dev.plumb.plan.MigrationPlan;
import dev.plumb.runtime.Dialect;

import dev.plumb.diff.Change;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link MigrationGenerator#generate}: the plan and its SQL for one dialect, statements without
 * trailing semicolons. Empty when the database already matches the entities. {@code reviews} holds, for each change
 * that can fail on rows already there, the query that finds those rows (in this dialect's SQL). {@code kept} lists the
 * drops and weakenings of unmanaged objects left out of the plan (see {@link dev.plumb.diff.Ownership}).
 * {@code nameOnly} lists what the entities and the database both have under another name or column order, which the
 * plan rightly leaves alone ({@link dev.plumb.diff.NameOnlyDifferences}): for the reviewer of an adopted database.
 * {@code transactional} is false when the dialect's renderer made a statement, up or down, that the database refuses
 * inside a transaction ({@link dev.plumb.dialect.SqlStatement}).
 */
public record GeneratedMigration(Dialect dialect, MigrationPlan plan, List<String> up, List<String> down,
                                 List<OffendingRows.Review> reviews, List<Change> kept, List<String> nameOnly,
                                 boolean transactional) {

    public GeneratedMigration {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(plan, "plan");
        up = List.copyOf(up);
        down = List.copyOf(down);
        reviews = List.copyOf(reviews);
        kept = List.copyOf(kept);
        nameOnly = List.copyOf(nameOnly);
    }

    /** A migration whose every statement may run in a transaction. */
    public GeneratedMigration(Dialect dialect, MigrationPlan plan, List<String> up, List<String> down,
                              List<OffendingRows.Review> reviews, List<Change> kept, List<String> nameOnly) {
        this(dialect, plan, up, down, reviews, kept, nameOnly, true);
    }

    /** A migration with nothing ignored as name-only. */
    public GeneratedMigration(Dialect dialect, MigrationPlan plan, List<String> up, List<String> down,
                              List<OffendingRows.Review> reviews, List<Change> kept) {
        this(dialect, plan, up, down, reviews, kept, List.of());
    }

    /** A migration that keeps nothing out. */
    public GeneratedMigration(Dialect dialect, MigrationPlan plan, List<String> up, List<String> down,
                              List<OffendingRows.Review> reviews) {
        this(dialect, plan, up, down, reviews, List.of());
    }

    /** A migration without reviewer queries. */
    public GeneratedMigration(Dialect dialect, MigrationPlan plan, List<String> up, List<String> down) {
        this(dialect, plan, up, down, List.of());
    }

    /** The same migration without its list of kept objects: what a drift report shows (kept objects are no drift). */
    public GeneratedMigration withoutKept() {
        return new GeneratedMigration(dialect, plan, up, down, reviews, List.of(), nameOnly, transactional);
    }

    /** The same migration listing {@code differences} as ignored name-only differences. */
    public GeneratedMigration withNameOnly(List<String> differences) {
        return new GeneratedMigration(dialect, plan, up, down, reviews, kept, differences, transactional);
    }

    public boolean isEmpty() {
        return plan.isEmpty();
    }
}
