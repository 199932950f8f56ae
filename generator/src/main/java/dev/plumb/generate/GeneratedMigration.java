package dev.plumb.generate;

import dev.plumb.diff.OffendingRows;
import dev.plumb.dialect.SqlStatement;
import dev.plumb.plan.MigrationPlan;
import dev.plumb.runtime.Dialect;

import dev.plumb.diff.Change;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The outcome of {@link MigrationGenerator#generate}: the plan and its SQL for one dialect, statements without
 * trailing semicolons, each with how it must run ({@link SqlStatement.Execution}: in the surrounding transaction, in
 * one of its own, or outside any), as the dialect's renderer said. Empty when the database already matches the
 * entities. {@code reviews} holds, for each change that can fail on rows already there, the query that finds those
 * rows (in this dialect's SQL). {@code kept} lists the drops and weakenings of unmanaged objects left out of the plan
 * (see {@link dev.plumb.diff.Ownership}). {@code nameOnly} lists what the entities and the database both have under
 * another name or column order, which the plan rightly leaves alone ({@link dev.plumb.diff.NameOnlyDifferences}): for
 * the reviewer of an adopted database.
 */
public record GeneratedMigration(Dialect dialect, MigrationPlan plan, List<SqlStatement> upStatements,
                                 List<SqlStatement> downStatements, List<OffendingRows.Review> reviews,
                                 List<Change> kept, List<String> nameOnly) {

    public GeneratedMigration {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(plan, "plan");
        upStatements = List.copyOf(upStatements);
        downStatements = List.copyOf(downStatements);
        reviews = List.copyOf(reviews);
        kept = List.copyOf(kept);
        nameOnly = List.copyOf(nameOnly);
    }

    /** The up SQL, one statement each, in order. */
    public List<String> up() {
        return sql(upStatements);
    }

    /** The down SQL, one statement each, in order. */
    public List<String> down() {
        return sql(downStatements);
    }

    /** False when a statement, up or down, must run outside a transaction: the migration then runs in steps. */
    public boolean transactional() {
        return Stream.concat(upStatements.stream(), downStatements.stream()).allMatch(SqlStatement::transactional);
    }

    /** The same migration without its list of kept objects: what a drift report shows (kept objects are no drift). */
    public GeneratedMigration withoutKept() {
        return new GeneratedMigration(dialect, plan, upStatements, downStatements, reviews, List.of(), nameOnly);
    }

    /** The same migration listing {@code differences} as ignored name-only differences. */
    public GeneratedMigration withNameOnly(List<String> differences) {
        return new GeneratedMigration(dialect, plan, upStatements, downStatements, reviews, kept, differences);
    }

    public boolean isEmpty() {
        return plan.isEmpty();
    }

    private static List<String> sql(List<SqlStatement> statements) {
        return statements.stream().map(SqlStatement::sql).toList();
    }
}
