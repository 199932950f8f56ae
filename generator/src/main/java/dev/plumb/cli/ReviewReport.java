package dev.plumb.cli;

import dev.plumb.dialect.SqlStatement;
import dev.plumb.diff.Change;
import dev.plumb.diff.ChangeLine;
import dev.plumb.diff.DiscrepancyKinds;
import dev.plumb.diff.KeptObjects;
import dev.plumb.diff.Safety;
import dev.plumb.generate.GeneratedMigration;
import dev.plumb.generate.MultiDialectMigration;
import dev.plumb.runtime.Dialect;
import dev.plumb.writer.MigrationHeader;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Prints a generated migration for reviewers: as text, the up and down SQL with {@code -- up (dialect)} headings; as
 * Markdown, a table of changes ({@code + ~ -} and the safety class) and the SQL in fenced blocks, ready to paste
 * into a pull-request comment.
 */
final class ReviewReport {

    /** How a change that {@code generate} refuses is marked in a {@code --dry-run} over a refusal. */
    static final String REFUSED = "[refused]";

    private final PrintWriter out;
    private final ReportFormat format;

    ReviewReport(PrintWriter out, ReportFormat format) {
        this.out = out;
        this.format = format;
    }

    void print(GeneratedMigration migration) {
        print(migration, change -> false);
    }

    /**
     * A migration for several dialects: the primary's report (changes, SQL, reviews), then each other dialect's up
     * and down SQL, the change list of a dialect whose plan differs, and the dialects that run outside a transaction.
     */
    void print(MultiDialectMigration migrations) {
        print(migrations.primary());
        Map<Dialect, List<Change>> differing = migrations.differingChanges();
        for (GeneratedMigration other : migrations.others()) {
            out.println();
            if (format == ReportFormat.MARKDOWN) {
                fenced("Up (" + dialect(other) + ")", other.upStatements());
                fenced("Down (" + dialect(other) + ")", other.downStatements());
            } else {
                text("up", other, other.upStatements());
                out.println();
                text("down", other, other.downStatements());
            }
            if (differing.containsKey(other.dialect())) {
                out.println(comment("the plan on " + dialect(other) + " differs:"));
                MigrationHeader.changeLines(other.plan().up()).forEach(line -> out.println(comment(line)));
            }
        }
        migrations.migrations().stream().filter(m -> !m.transactional()).forEach(m -> out.println(
                comment("runs in steps on " + dialect(m) + ": a statement it refuses in a transaction runs outside"
                        + " one, each step recorded in the history when done")));
    }

    /** A note line: an SQL comment in text, an emphasised line in Markdown. */
    private String comment(String text) {
        return format == ReportFormat.MARKDOWN ? "- " + cell(text) : "-- " + text;
    }

    /** The report with the {@code refused} changes marked (only the Markdown table lists changes). */
    void print(GeneratedMigration migration, Predicate<Change> refused) {
        if (format == ReportFormat.MARKDOWN) {
            markdown(migration, refused);
            return;
        }
        if (!migration.isEmpty()) {
            out.println("-- " + BY_KIND + ": " + DiscrepancyKinds.summary(migration.plan().up()));
        }
        text("up", migration, migration.upStatements());
        out.println();
        text("down", migration, migration.downStatements());
        if (!migration.reviews().isEmpty()) {
            out.println();
            out.println("-- can fail on existing rows; each query should return no rows before applying:");
            migration.reviews().forEach(r -> out.println("-- " + r.change().describe() + "\n" + r.query() + ";"));
        }
        irreversible(migration).forEach(line -> out.println("-- IRREVERSIBLE (rollback needs --force): " + line));
        if (!migration.kept().isEmpty()) {
            out.println();
            out.println("-- " + KEPT + ", " + migration.kept().size() + " (--prune drops them):");
            keptLines(migration).forEach(line -> out.println("-- " + line));
        }
        nameOnly(migration);
    }

    /**
     * The differences the plan leaves alone because only a name or a column order differs, if any: also printed
     * under {@code No changes}, where an adopted database that matches but for names shows them.
     */
    void nameOnly(GeneratedMigration migration) {
        if (migration.nameOnly().isEmpty()) {
            return;
        }
        out.println();
        if (format == ReportFormat.MARKDOWN) {
            out.println("**Ignored as name-only** (same definition, another name or column order): "
                    + migration.nameOnly().size());
            out.println();
            migration.nameOnly().forEach(line -> out.println("- `" + line.substring(2) + "`"));
        } else {
            out.println("-- " + NAME_ONLY + ", " + migration.nameOnly().size() + ":");
            migration.nameOnly().forEach(line -> out.println("-- " + line));
        }
    }

    /** The heading of the differences the plan leaves alone because only a name or a column order differs. */
    static final String NAME_ONLY = "ignored as name-only (same definition, another name or column order)";

    /** The heading of the objects left alone because no entity describes them and Plumb did not create them. */
    static final String KEPT = "kept (not in the entities)";

    /** One line per kept object: what {@code --prune} would do to it. */
    static List<String> keptLines(GeneratedMigration migration) {
        return migration.kept().stream().map(KeptObjects::describe).toList();
    }

    private static List<String> irreversible(GeneratedMigration migration) {
        return migration.plan().up().stream().filter(c -> !c.reversible()).map(Change::describe).toList();
    }

    /** A Markdown heading line, or nothing in text mode. */
    void heading(String text) {
        if (format == ReportFormat.MARKDOWN) {
            out.println("### " + text);
            out.println();
        } else {
            out.println(text);
        }
    }

    private void text(String direction, GeneratedMigration migration, List<SqlStatement> statements) {
        out.println("-- " + direction + " (" + dialect(migration) + ")");
        statements(statements);
    }

    /**
     * Each statement with a semicolon, under the dialect's note on the lock it takes ({@code -- lock: SHARE on t for
     * the whole build: writers wait}), where the dialect gives one.
     */
    private void statements(List<SqlStatement> statements) {
        for (SqlStatement statement : statements) {
            statement.lock().ifPresent(lock -> out.println(LOCK + lock));
            out.println(statement.sql() + ";");
        }
    }

    /** The start of the comment line above a statement that says what it locks, and for how long. */
    static final String LOCK = "-- lock: ";

    /** The heading of the counts of changes by kind of discrepancy (type, length, missing column, ...). */
    static final String BY_KIND = "discrepancies by kind";

    private void markdown(GeneratedMigration migration, Predicate<Change> refused) {
        if (!migration.isEmpty()) {
            out.println("**Discrepancies by kind**: " + DiscrepancyKinds.summary(migration.plan().up()));
            out.println();
        }
        out.println("| | change | safety |");
        out.println("|---|---|---|");
        for (ChangeLine line : ChangeLine.of(migration.plan().up())) {
            String described = line.text();
            out.println("| `" + described.charAt(0) + "` | " + cell(described.substring(2)) + " | "
                    + safety(line.safety()) + (line.changes().stream().anyMatch(refused) ? " **" + REFUSED + "**" : "")
                    + " |");
        }
        out.println();
        fenced("Up (" + dialect(migration) + ")", migration.upStatements());
        fenced("Down (" + dialect(migration) + ")", migration.downStatements());
        if (!migration.reviews().isEmpty()) {
            out.println("**Can fail on existing rows**: each query should return no rows before applying.");
            out.println();
            out.println("```sql");
            migration.reviews().forEach(r -> out.println("-- " + r.change().describe() + "\n" + r.query() + ";"));
            out.println("```");
            out.println();
        }
        irreversible(migration).forEach(line -> out.println("**Irreversible** (rollback needs `--force`): "
                + cell(line)));
        if (!migration.kept().isEmpty()) {
            out.println();
            out.println("**Kept (not in the entities)**: " + migration.kept().size() + " (`--prune` drops them)");
            out.println();
            keptLines(migration).forEach(line -> out.println("- `" + line + "`"));
        }
        nameOnly(migration);
    }

    private void fenced(String title, List<SqlStatement> statements) {
        out.println("**" + title + "**");
        out.println();
        out.println("```sql");
        statements(statements);
        out.println("```");
        out.println();
    }

    private static String safety(Safety safety) {
        return switch (safety) {
            case DATA_LOSS -> "**DATA LOSS**";
            case SAFE -> safety.label();
            default -> "**" + safety.label() + "**";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String dialect(GeneratedMigration migration) {
        return migration.dialect().name().toLowerCase(Locale.ROOT);
    }

    /** The change lines as {@code generate} lists them on stderr. */
    static List<String> changeLines(GeneratedMigration migration) {
        return MigrationHeader.changeLines(migration.plan().up());
    }
}
