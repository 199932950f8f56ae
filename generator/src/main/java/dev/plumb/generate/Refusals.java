package dev.plumb.generate;

import dev.plumb.dialect.SqlDialect;
import dev.plumb.diff.Change;
import dev.plumb.diff.ChangeSubject;
import dev.plumb.diff.NotNullGuard;
import dev.plumb.diff.RenameCandidate;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;

import java.util.Optional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything {@code generate} refuses in one migration, collected before anything is thrown, so that one run names
 * all of it: every possible rename nobody declared, every drop that loses data, every column that becomes
 * {@code not null} without a value, each on a line of its own. A schema adopted from another tool can have dozens; a
 * refusal that named the first and counted the rest would take dozens of runs. Each kind keeps its own one-line
 * headline; several kinds are joined on that line.
 *
 * <p>It also remembers which changes of the plan are refused ({@link #refuses}), so that {@code --dry-run} can show
 * the whole plan with them marked.
 */
final class Refusals {

    private final SqlDialect dialect;
    private final List<String> headlines = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final List<String> losses = new ArrayList<>();
    private final List<RenameCandidate> candidates = new ArrayList<>();
    private final Set<ChangeSubject> refused = new HashSet<>();

    Refusals(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** Possible renames nobody declared: their drop and their add are both refused. */
    void renames(List<RenameCandidate> found) {
        if (found.isEmpty()) {
            return;
        }
        candidates.addAll(found);
        for (RenameCandidate candidate : found) {
            refused.add(subject(candidate.oldTable(), candidate.oldColumn().map(Identifier::value), candidate));
            refused.add(subject(candidate.newTable(), candidate.newColumn().map(Identifier::value), candidate));
        }
        if (found.size() == 1) {
            headlines.add(renameMessage(found.get(0)));
            return;
        }
        headlines.add(found.size() + " possible renames nobody declared: if they were renamed, pass the option after"
                + " each (or annotate the field or entity class @RenamedFrom); to drop and add instead, losing their "
                + "data, pass --allow-data-loss");
        found.forEach(c -> lines.add("- " + c.describe() + ": " + c.hint()));
    }

    /** Drops of tables, columns and sequences without consent; those of a rename candidate are listed with it. */
    void losses(List<Change> drops) {
        List<Change> own = drops.stream().filter(c -> !refused.contains(ChangeSubject.of(c))).toList();
        if (own.isEmpty()) {
            return;
        }
        own.forEach(c -> refused.add(ChangeSubject.of(c)));
        headlines.add(DataLossGuard.message(own.size()));
        own.stream().map(Change::describe).forEach(line -> {
            losses.add(line);
            lines.add(line);
        });
    }

    /** Columns that become {@code not null} with no value; the example value fits each column's type. */
    void notNull(List<NotNullGuard.Unfilled> unfilled) {
        List<NotNullGuard.Unfilled> own = unfilled.stream()
                .filter(u -> !refused.contains(new ChangeSubject(u.table(), u.column().name().value()))).toList();
        if (own.isEmpty()) {
            return;
        }
        own.forEach(u -> refused.add(new ChangeSubject(u.table(), u.column().name().value())));
        if (own.size() == 1) {
            NotNullGuard.Unfilled column = own.get(0);
            headlines.add("column " + column + " becomes NOT NULL without a default, so existing rows need a value: "
                    + "pass --backfill " + column + "=SQL-EXPRESSION (for example " + example(column) + "), or give "
                    + "it a default in the entity");
            return;
        }
        headlines.add(own.size() + " columns become NOT NULL without a default, so existing rows need a value: pass "
                + "--backfill TABLE.COLUMN=SQL-EXPRESSION for each (the value below fits its type), or give them a "
                + "default in the entity");
        own.forEach(u -> lines.add("- column " + u + " " + u.column().type() + ": " + example(u)));
    }

    boolean refuses(Change change) {
        return refused.contains(ChangeSubject.of(change));
    }

    /** Throws when anything was refused; {@code preview} is the whole migration as it would be without refusals. */
    void throwIfAny(GeneratedMigration preview) {
        if (headlines.isEmpty()) {
            return;
        }
        throw new DestructiveChangeException(String.join("; ", headlines), this, preview);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    List<String> losses() {
        return List.copyOf(losses);
    }

    List<RenameCandidate> candidates() {
        return List.copyOf(candidates);
    }

    private String example(NotNullGuard.Unfilled column) {
        return "--backfill " + column + "=" + dialect.exampleValue(column.column().type());
    }

    private static ChangeSubject subject(QualifiedName table, Optional<String> column,
                                         RenameCandidate candidate) {
        return new ChangeSubject(table, candidate.isTable() ? "" : column.orElseThrow());
    }

    /** One candidate: the pair, the option that declares it, and the option that drops it instead. */
    private static String renameMessage(RenameCandidate candidate) {
        String annotation = candidate.isTable() ? "the entity class" : "the field";
        String old = (candidate.isTable() ? candidate.oldTable().name() : candidate.oldColumn().get()).toString();
        return candidate.describe() + ": if it was renamed, pass " + candidate.hint() + " (or annotate " + annotation
                + " @RenamedFrom(\"" + old.replace("\"", "") + "\")); to drop it and add the new one, losing its data, "
                + "pass --allow-data-loss";
    }
}
