package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The MariaDB lock: named per database (lock names are server-wide), within MySQL's 64 characters, and gone with its
 * connection.
 */
class MariaDbUserLockTest {

    private static final TableName HISTORY = TableName.parse(HistoryTable.DEFAULT_NAME);

    @Test
    void twoDatabasesOnOneServerMigrateIndependently() {
        try (TestDatabase first = TestDatabase.mariadb(); TestDatabase second = TestDatabase.mariadb();
             MigrationLock held = MigrationLock.acquire(first.dataSource(), Dialect.MARIADB, HISTORY,
                     Duration.ofSeconds(5))) {
            Migrator other = Migrator.builder(second.dataSource()).migrations(List.of(RepairTest.ONE))
                    .lockTimeout(Duration.ZERO).build();

            assertThat(other.migrate().steps()).as("not blocked by the first database's lock").hasSize(1);
            assertThatThrownBy(() -> Migrator.builder(first.dataSource()).migrations(List.of(RepairTest.ONE))
                    .lockTimeout(Duration.ZERO).build().migrate()).isInstanceOf(LockTimeoutException.class);
        }
    }

    @Test
    void killedHolderConnectionFreesTheLockAtOnce() throws Exception {
        try (TestDatabase db = TestDatabase.mariadb();
             MigrationLock held = MigrationLock.acquire(db.dataSource(), Dialect.MARIADB, HISTORY,
                     Duration.ofSeconds(5))) {
            String name = MariaDbUserLock.lockName(Db.strings(db, "select database()").get(0), HISTORY.name());
            String holder = Db.strings(db, "select is_used_lock('" + name + "')").get(0);
            try (Connection admin = db.connect(); Statement statement = admin.createStatement()) {
                // what the server does when the holder's process dies: its connection ends
                statement.execute("kill connection " + holder);
            }
            long started = System.nanoTime();
            Migrator next = Migrator.builder(db.dataSource()).migrations(List.of(RepairTest.ONE))
                    .lockTimeout(Duration.ofSeconds(30)).build();

            assertThat(next.migrate().steps()).hasSize(1);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no wait for a dead holder")
                    .isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void longNamesAreHashedWithinSixtyFourCharacters() {
        String database = "d".repeat(64);
        String name = MariaDbUserLock.lockName(database, "plumb_schema_history");

        assertThat(name).hasSize(MariaDbUserLock.MAX_NAME_LENGTH).startsWith("plumb:")
                .isEqualTo(MariaDbUserLock.lockName(database.toUpperCase(), "PLUMB_SCHEMA_HISTORY"))
                .isNotEqualTo(MariaDbUserLock.lockName("e".repeat(64), "plumb_schema_history"));
        assertThat(MariaDbUserLock.lockName("shop", "plumb_schema_history")).isEqualTo("plumb:shop.plumb_schema_history");
    }
}
