package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.plumb.runtime.StatusTest.ONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A process waiting for the lock says at once who holds it and since when, and so does its timeout. */
class LockHolderTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void timeoutNamesTheHolder(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind);
             MigrationLock held = MigrationLock.acquire(db.dataSource(), Dialect.valueOf(kind.name()),
                     TableName.parse(HistoryTable.DEFAULT_NAME), Duration.ofSeconds(5))) {
            String holder = expectedHolder(db);
            List<String> heard = new CopyOnWriteArrayList<>();
            Migrator waiting = Migrator.builder(db.dataSource()).migrations(List.of(ONE))
                    .lockTimeout(Duration.ofMillis(300)).lockWaitListener(heard::add).build();

            assertThatThrownBy(waiting::migrate)
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining("Timed out after 300 ms")
                    .hasMessageContaining("held by " + holder)
                    .hasMessageMatching(".* since \\d{4}-\\d\\d-\\d\\dT.*")
                    .hasMessageEndingWith("wait longer (--lock-timeout / Migrator.Builder.lockTimeout)");
            assertThat(heard).as("the wait is reported at once").isNotEmpty().allSatisfy(line -> assertThat(line)
                    .startsWith("Waiting for the migration lock of ")
                    .contains("held by " + holder));
            held.close();
        }
    }

    /**
     * The holder as the waiting process names it: the name the holder gave its session on PostgreSQL and H2; on
     * MariaDB, where a session cannot publish a name without a plugin, the connection that holds the lock by the
     * server's own account ({@code IS_USED_LOCK}), with its user.
     */
    private static String expectedHolder(TestDatabase db) {
        if (db.kind() != TestDatabase.Kind.MARIADB) {
            return "'" + MigrationLock.holderName() + "'";
        }
        String database = Db.strings(db, "select database()").get(0);
        String id = Db.strings(db, "select is_used_lock('"
                + MariaDbUserLock.lockName(database, HistoryTable.DEFAULT_NAME) + "')").get(0);
        return "connection " + id + " ('" + db.user() + "'@'";
    }
}
