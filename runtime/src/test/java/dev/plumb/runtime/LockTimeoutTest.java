package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * On PostgreSQL a statement that waits for a lock makes every later query on its table queue behind it. A session
 * holding an open transaction on the table makes the migration's {@code alter table} give up after its short
 * {@code lock_timeout} and retry, while a writer on the same table keeps going; when the retries are spent the
 * migration fails naming the statement and the blocking session, nothing applied; once the blocker commits, it
 * applies. Without the timeout the {@code alter table} would wait for the blocker and the writer behind it, forever.
 */
class LockTimeoutTest {

    private static final Duration LOCK_TIMEOUT = Duration.ofMillis(300);
    private static final Migration ADD_NOTE = SqlMigration.of("1", "alter table t add column note text",
            "alter table t drop column note");

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aBlockedStepGivesUpRetriesAndNamesTheBlockerWhileTheWriterKeepsGoing() throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); Connection blocker = db.connect()) {
            Db.execute(db, "create table t (id serial primary key, v int)");
            int blockerPid = hold(blocker);
            List<String> notices = Collections.synchronizedList(new ArrayList<>());
            Migrator migrator = Migrator.builder(db.dataSource()).migrations(List.of(ADD_NOTE))
                    .ddlLockTimeout(LOCK_TIMEOUT).lockRetries(2).noticeListener(notices::add).build();

            Writer writer = new Writer(db);
            MigrationException failure;
            try {
                writer.start();
                failure = catchThrowableOfType(MigrationException.class, migrator::migrate);
            } finally {
                writer.stop();
            }

            assertThat(failure.getMessage())
                    .contains("Migration 1 (step 1) gave up waiting for a lock in statement"
                            + " 'alter table t add column note text' after 3 attempts")
                    .contains("blocked by session pid " + blockerPid + " (user ")
                    .contains("application 'plumb-test-blocker', idle in transaction, transaction open for ")
                    .contains("last query 'lock table t in access share mode')")
                    .contains("nothing of it stays applied");
            assertThat(notices).hasSize(2).allMatch(line -> line.contains("gave up waiting for a lock")
                    && line.contains("pid " + blockerPid));
            assertThat(writer.statements.get()).as("the writer kept writing").isGreaterThan(10);
            assertThat(writer.maxMillis.get()).as("the writer waited at most about one lock timeout")
                    .isLessThan(LOCK_TIMEOUT.toMillis() + 1_000);
            assertThat(Db.columnExists(db, "t", "note")).isFalse();
            assertThat(Db.historyVersions(db)).isEmpty();

            blocker.commit();
            migrator.migrate();
            assertThat(Db.columnExists(db, "t", "note")).isTrue();
        }
    }

    /** Opens a transaction holding a lock on t, as an application's forgotten transaction would; its pid. */
    private static int hold(Connection blocker) throws SQLException {
        try (Statement statement = blocker.createStatement()) {
            statement.execute("set application_name = 'plumb-test-blocker'");
            int pid;
            try (ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
                row.next();
                pid = row.getInt(1);
            }
            blocker.setAutoCommit(false);
            statement.execute("lock table t in access share mode");
            return pid;
        }
    }

    /** Inserts a row every 20 ms on its own connection and records the longest statement. */
    private static final class Writer implements Runnable {
        private final TestDatabase db;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong maxMillis = new AtomicLong();
        private final AtomicInteger statements = new AtomicInteger();
        private Thread thread;

        Writer(TestDatabase db) {
            this.db = db;
        }

        void start() {
            thread = new Thread(this, "writer");
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(30_000);
        }

        @Override
        public void run() {
            try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                while (running.get()) {
                    long started = System.nanoTime();
                    statement.execute("insert into t (v) values (1)");
                    maxMillis.accumulateAndGet(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), Math::max);
                    statements.incrementAndGet();
                    Thread.sleep(20);
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
