package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migration lock: concurrent migrators apply each migration once; a held lock times out clearly. */
class ConcurrencyTest {

    private static final int THREADS = 8;

    /** Each migration inserts a row with a unique key: applying one twice would fail with a duplicate key. */
    static List<Migration> migrations() {
        List<Migration> migrations = new ArrayList<>();
        migrations.add(SqlMigration.of("1", "create table runs (id int primary key)", "drop table runs"));
        IntStream.rangeClosed(2, 6).forEach(i -> migrations.add(SqlMigration.of(String.valueOf(i),
                List.of("create table t" + i + " (id int)", "insert into runs (id) values (" + i + ")"),
                "drop table t" + i)));
        return migrations;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void eightMigratorsAtOnceApplyEachMigrationOnce(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            runConcurrently(db);
        }
    }

    @Test
    void eightMigratorsOnAnH2FileDatabase(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.h2File(dir)) {
            runConcurrently(db);
        }
    }

    private static void runConcurrently(TestDatabase db) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<MigrationReport>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Migrator migrator = Migrator.builder(db.dataSource()).migrations(migrations())
                        .lockTimeout(Duration.ofSeconds(60)).build();
                results.add(pool.submit(() -> {
                    start.await();
                    return migrator.migrate();
                }));
            }
            int applied = 0;
            for (Future<MigrationReport> result : results) {
                applied += result.get(120, TimeUnit.SECONDS).steps().size();
            }
            assertThat(applied).as("steps over all migrators").isEqualTo(6);
            assertThat(Db.historyVersions(db)).containsExactly("1", "2", "3", "4", "5", "6");
            assertThat(Db.strings(db, "select id from runs order by id")).containsExactly("2", "3", "4", "5", "6");
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void lockHeldByAnotherConnectionTimesOut(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Dialect dialect = Dialect.valueOf(kind.name());
            Migrator migrator = Migrator.builder(db.dataSource()).migrations(migrations())
                    .lockTimeout(Duration.ofMillis(400)).build();
            TableName table = TableName.parse(HistoryTable.DEFAULT_NAME);

            try (MigrationLock held = MigrationLock.acquire(db.dataSource(), dialect, table, Duration.ofSeconds(5))) {
                long started = System.nanoTime();
                assertThatThrownBy(migrator::migrate)
                        .isInstanceOf(MigrationException.class)
                        .hasMessageContaining("Timed out after 400 ms waiting for the migration lock")
                        .hasMessageContaining("another process is migrating");
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(350),
                        Duration.ofSeconds(10));
                assertThatThrownBy(() -> migrator.rollback(1)).isInstanceOf(MigrationException.class)
                        .hasMessageContaining("Timed out");
                assertThat(Db.tableExists(db, "runs")).isFalse();
            }

            assertThat(migrator.migrate().steps()).as("lock released").hasSize(6);
        }
    }
}
