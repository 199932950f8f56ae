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

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What each PostgreSQL statement Plumb writes locks, on which table, and for how long in the worst case: the note
 * {@code generate --dry-run} and the generated Javadoc print above the statement. The lock modes are those of
 * <a href="https://www.postgresql.org/docs/15/explicit-locking.html#LOCKING-TABLES">table-level locks</a> and of the
 * subforms of <a href="https://www.postgresql.org/docs/15/sql-altertable.html">ALTER TABLE</a> (ACCESS EXCLUSIVE
 * unless noted; SHARE ROW EXCLUSIVE for a foreign key, on both tables; SHARE UPDATE EXCLUSIVE for
 * {@code validate constraint}). "Brief" means the statement changes the catalog only; it still waits for every
 * query already running on the table, and queues the queries that arrive after it while it waits.
 *
 * <p>As a visitor it answers for the plain form of each change, and says nothing where nothing can wait: a table
 * created by the migration, a new sequence or schema. The online forms ({@link PostgresSqlRenderer}) use the static
 * notes.
 */
final class PostgresLocks implements ChangeVisitor<Optional<String>> {

    static final PostgresLocks PLAIN = new PostgresLocks();

    private static final String WRITERS_WAIT = ": writers wait";
    private static final String ALL_WAIT = ": readers and writers wait";
    /** Functions PostgreSQL marks volatile that a column default commonly calls. */
    private static final Pattern VOLATILE = Pattern.compile(
            "(?i)\\b(random|gen_random_uuid|uuid_generate_v[14]|clock_timestamp|timeofday|nextval)\\s*\\(");
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
    public Optional<String> visit(CreateTable change) {
        return Optional.empty();
    }

    @Override
    public Optional<String> visit(DropTable change) {
        return Optional.of(brief(change.table().name()));
    }

    /**
     * No rewrite for a column without a default or with a non-volatile one: PostgreSQL 11+ stores the default in the
     * catalog (<a href="https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES">ALTER
     * TABLE notes</a>). An identity column or a volatile default ({@code random()}, {@code clock_timestamp()},
     * {@code nextval(...)}) fills every row, so the table is rewritten under the lock.
     */
    @Override
    public Optional<String> visit(AddColumn change) {
        boolean rewrites = change.column().identity() || change.column().defaultExpression()
                .map(expression -> VOLATILE.matcher(expression.text()).find()).orElse(false);
        return Optional.of(rewrites ? "ACCESS EXCLUSIVE on " + change.table()
                + " while the table is rewritten (identity or volatile default)" + ALL_WAIT : brief(change.table()));
    }

    @Override
    public Optional<String> visit(DropColumn change) {
        return Optional.of(brief(change.table()));
    }

    /**
     * The strongest of its aspects; {@link PostgresSqlRenderer} notes each statement of an alteration by its aspect.
     */
    @Override
    public Optional<String> visit(AlterColumn change) {
        if (change.typeChanged()) {
            return Optional.of(typeChange(change));
        }
        return Optional.of(change.setsNotNull() ? setNotNull(change.table()) : brief(change.table()));
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
    public Optional<String> visit(AddPrimaryKey change) {
        return Optional.of("ACCESS EXCLUSIVE on " + change.table() + " for the index build" + ALL_WAIT);
    }

    @Override
    public Optional<String> visit(DropPrimaryKey change) {
        return Optional.of(brief(change.table()));
    }

    @Override
    public Optional<String> visit(AddUniqueConstraint change) {
        return Optional.of("ACCESS EXCLUSIVE on " + change.table() + " for the index build" + ALL_WAIT);
    }

    @Override
    public Optional<String> visit(DropUniqueConstraint change) {
        return Optional.of(brief(change.table()));
    }

    @Override
    public Optional<String> visit(AddForeignKey change) {
        String tables = change.table() + " and " + change.foreignKey().referencedTable();
        return Optional.of(change.withTable() ? "SHARE ROW EXCLUSIVE on " + tables + ", brief (the table is new)"
                : "SHARE ROW EXCLUSIVE on " + tables + " for a full scan of " + change.table() + WRITERS_WAIT);
    }

    /** The key's triggers go from both tables, so the referenced one is locked as strongly, briefly. */
    @Override
    public Optional<String> visit(DropForeignKey change) {
        return Optional.of("ACCESS EXCLUSIVE on " + change.table() + " and " + change.foreignKey().referencedTable()
                + ", brief");
    }

    @Override
    public Optional<String> visit(CreateIndex change) {
        return change.withTable() ? Optional.empty()
                : Optional.of("SHARE on " + change.table() + " for the whole build" + WRITERS_WAIT);
    }

    @Override
    public Optional<String> visit(DropIndex change) {
        return Optional.of(brief(change.table()));
    }

    @Override
    public Optional<String> visit(AddCheckConstraint change) {
        return Optional.of("ACCESS EXCLUSIVE on " + change.table() + " for a full scan" + ALL_WAIT);
    }

    @Override
    public Optional<String> visit(DropCheckConstraint change) {
        return Optional.of(brief(change.table()));
    }

    @Override
    public Optional<String> visit(CreateSequence change) {
        return Optional.empty();
    }

    @Override
    public Optional<String> visit(DropSequence change) {
        return Optional.of("ACCESS EXCLUSIVE on the sequence " + change.sequence().name() + ", brief");
    }

    @Override
    public Optional<String> visit(AlterSequence change) {
        return Optional.of("SHARE ROW EXCLUSIVE on the sequence " + change.to().name() + ", brief");
    }

    @Override
    public Optional<String> visit(CreateSchema change) {
        return Optional.empty();
    }

    @Override
    public Optional<String> visit(DropSchema change) {
        return Optional.empty();
    }

    @Override
    public Optional<String> visit(RenameTable change) {
        return Optional.of(brief(change.from()));
    }

    @Override
    public Optional<String> visit(RenameColumn change) {
        return Optional.of(brief(change.table()));
    }

    @Override
    public Optional<String> visit(RenameConstraint change) {
        return Optional.of(brief(change.table()));
    }

    /** PostgreSQL 12+ renames an index under SHARE UPDATE EXCLUSIVE. */
    @Override
    public Optional<String> visit(RenameIndex change) {
        return Optional.of("SHARE UPDATE EXCLUSIVE on " + change.table() + ", brief" + WRITERS_GO_ON);
    }
}
