package dev.plumb.dialect.postgres;

import dev.plumb.diff.AddCheckConstraint;
import dev.plumb.diff.AddColumn;
import dev.plumb.diff.AddForeignKey;
import dev.plumb.diff.AddPrimaryKey;
import dev.plumb.diff.AddUniqueConstraint;
import dev.plumb.diff.AlterColumn;
import dev.plumb.diff.AlterSequence;
import dev.plumb.diff.ChangeVisitor;
import dev.plumb.diff.CreateIndex;
import dev.plumb.diff.CreateSchema;
import dev.plumb.diff.CreateSequence;
import dev.plumb.diff.CreateTable;
import dev.plumb.diff.DropCheckConstraint;
import dev.plumb.diff.DropColumn;
import dev.plumb.diff.DropForeignKey;
import dev.plumb.diff.DropIndex;
import dev.plumb.diff.DropPrimaryKey;
import dev.plumb.diff.DropSchema;
import dev.plumb.diff.DropSequence;
import dev.plumb.diff.DropTable;
import dev.plumb.diff.DropUniqueConstraint;
import dev.plumb.diff.RenameColumn;
import dev.plumb.diff.RenameConstraint;
import dev.plumb.diff.RenameIndex;
import dev.plumb.diff.RenameTable;
import dev.plumb.diff.TypeChangeKind;
import dev.plumb.model.QualifiedName;

/**
 * What each PostgreSQL statement Plumb writes locks, on which table, and for how long in the worst case: the note
 * {@code generate --dry-run} and the generated Javadoc print above the statement. The lock modes are those of
 * <a href="https://www.postgresql.org/docs/15/explicit-locking.html#LOCKING-TABLES">table-level locks</a> and of the
 * subforms of <a href="https://www.postgresql.org/docs/15/sql-altertable.html">ALTER TABLE</a> (ACCESS EXCLUSIVE
 * unless noted; SHARE ROW EXCLUSIVE for a foreign key, on both tables; SHARE UPDATE EXCLUSIVE for
 * {@code validate constraint}). "Brief" means the statement changes the catalog only; it still waits for every
 * query already running on the table, and queues the queries that arrive after it while it waits.
 *
 * <p>As a visitor it answers for the plain form of each change; the online forms ({@link PostgresOnlineForms}) use
 * the static notes.
 */
final class PostgresLocks implements ChangeVisitor<String> {

    static final PostgresLocks PLAIN = new PostgresLocks();

    private static final String WRITERS_WAIT = ": writers wait";
    private static final String ALL_WAIT = ": readers and writers wait";
    private static final String WRITERS_GO_ON = ": writers do not wait";

    private PostgresLocks() {
    }

    static String brief(QualifiedName table) {
        return "ACCESS EXCLUSIVE on " + table + ", brief";
    }

    /** {@code create [unique] index concurrently}: two scans and waits for older transactions, writers go on. */
    static String concurrentBuild(QualifiedName table) {
        return "SHARE UPDATE EXCLUSIVE on " + table + " for the whole build (two scans)" + WRITERS_GO_ON;
    }

    /** {@code drop index concurrently}: waits for the transactions that may use the index. */
    static String concurrentDrop(QualifiedName table) {
        return "SHARE UPDATE EXCLUSIVE on " + table + ", waits for the transactions using the index" + WRITERS_GO_ON;
    }

    /** {@code add constraint ... foreign key ... not valid}: no scan, the new rows are checked from then on. */
    static String foreignKeyNotValid(QualifiedName table, QualifiedName referenced) {
        return "SHARE ROW EXCLUSIVE on " + table + " and " + referenced + ", brief";
    }

    /** {@code validate constraint}: a full scan of the table (and lookups in the referenced one) while writes go on. */
    static String validate(QualifiedName table) {
        return "SHARE UPDATE EXCLUSIVE on " + table + " for a full scan" + WRITERS_GO_ON;
    }

    /** One batch of the backfill: the rows it changes stay locked until its commit, other rows are free. */
    static String batchedBackfill(QualifiedName table) {
        return "ROW EXCLUSIVE on " + table + "; each batch locks the rows it fills until it commits" + WRITERS_GO_ON
                + " (but for those rows)";
    }

    /** {@code set not null} once a validated check proves it: PostgreSQL 12+ skips the scan. */
    static String setNotNullProven(QualifiedName table) {
        return brief(table) + " (the validated check spares the scan)";
    }

    @Override
    public String visit(CreateTable change) {
        return "ACCESS EXCLUSIVE on the new table " + change.table().name() + ": nothing waits for it";
    }

    @Override
    public String visit(DropTable change) {
        return brief(change.table().name());
    }

    /** No rewrite: a nullable column, or a default that is not volatile (PostgreSQL 11+). */
    @Override
    public String visit(AddColumn change) {
        return brief(change.table()) + " (a volatile default rewrites the table" + ALL_WAIT + ")";
    }

    @Override
    public String visit(DropColumn change) {
        return brief(change.table());
    }

    /** The strongest of its aspects; {@link PostgresSqlRenderer} notes each statement of an alteration by its aspect. */
    @Override
    public String visit(AlterColumn change) {
        if (change.typeChanged()) {
            return typeChange(change);
        }
        return change.setsNotNull() ? setNotNull(change.table()) : brief(change.table());
    }

    /** A widening keeps the stored values (no rewrite); anything else rewrites the table or scans it. */
    static String typeChange(AlterColumn change) {
        if (change.typeEffect().forward() == TypeChangeKind.WIDENING) {
            return brief(change.table()) + " (no rewrite)";
        }
        return "ACCESS EXCLUSIVE on " + change.table() + " for a rewrite of the table and its indexes" + ALL_WAIT;
    }

    /** Plain {@code set not null}: PostgreSQL scans the whole table under its strongest lock. */
    static String setNotNull(QualifiedName table) {
        return "ACCESS EXCLUSIVE on " + table + " for a full scan" + ALL_WAIT;
    }

    /** Plain {@code update ... where c is null}: every row it changes stays locked until the migration commits. */
    static String backfill(QualifiedName table) {
        return "ROW EXCLUSIVE on " + table + "; every row it fills stays locked until the migration commits";
    }

    @Override
    public String visit(AddPrimaryKey change) {
        return "ACCESS EXCLUSIVE on " + change.table() + " for the index build" + ALL_WAIT;
    }

    @Override
    public String visit(DropPrimaryKey change) {
        return brief(change.table());
    }

    @Override
    public String visit(AddUniqueConstraint change) {
        return "ACCESS EXCLUSIVE on " + change.table() + " for the index build" + ALL_WAIT;
    }

    @Override
    public String visit(DropUniqueConstraint change) {
        return brief(change.table());
    }

    @Override
    public String visit(AddForeignKey change) {
        String tables = change.table() + " and " + change.foreignKey().referencedTable();
        return change.withTable() ? "SHARE ROW EXCLUSIVE on " + tables + ", brief (the table is new)"
                : "SHARE ROW EXCLUSIVE on " + tables + " for a full scan of " + change.table() + WRITERS_WAIT;
    }

    @Override
    public String visit(DropForeignKey change) {
        return brief(change.table()) + "; SHARE ROW EXCLUSIVE on " + change.foreignKey().referencedTable()
                + ", brief";
    }

    @Override
    public String visit(CreateIndex change) {
        return change.withTable() ? "SHARE on the new table " + change.table() + ": nothing waits for it"
                : "SHARE on " + change.table() + " for the whole build" + WRITERS_WAIT;
    }

    @Override
    public String visit(DropIndex change) {
        return brief(change.table());
    }

    @Override
    public String visit(AddCheckConstraint change) {
        return "ACCESS EXCLUSIVE on " + change.table() + " for a full scan" + ALL_WAIT;
    }

    @Override
    public String visit(DropCheckConstraint change) {
        return brief(change.table());
    }

    @Override
    public String visit(CreateSequence change) {
        return "none on tables";
    }

    @Override
    public String visit(DropSequence change) {
        return "ACCESS EXCLUSIVE on the sequence " + change.sequence().name() + ", brief";
    }

    @Override
    public String visit(AlterSequence change) {
        return "SHARE ROW EXCLUSIVE on the sequence " + change.to().name() + ", brief";
    }

    @Override
    public String visit(CreateSchema change) {
        return "none on tables";
    }

    @Override
    public String visit(DropSchema change) {
        return "none on tables (the schema is empty)";
    }

    @Override
    public String visit(RenameTable change) {
        return brief(change.from());
    }

    @Override
    public String visit(RenameColumn change) {
        return brief(change.table());
    }

    @Override
    public String visit(RenameConstraint change) {
        return brief(change.table());
    }

    /** PostgreSQL 12+ renames an index under SHARE UPDATE EXCLUSIVE. */
    @Override
    public String visit(RenameIndex change) {
        return "SHARE UPDATE EXCLUSIVE on " + change.table() + ", brief" + WRITERS_GO_ON;
    }
}
