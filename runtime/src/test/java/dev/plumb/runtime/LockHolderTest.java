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
            List<String> heard = new CopyOnWriteArrayList<>();
            Migrator waiting = Migrator.builder(db.dataSource()).migrations(List.of(ONE))
                    .lockTimeout(Duration.ofMillis(300)).lockWaitListener(heard::add).build();

            assertThatThrownBy(waiting::migrate)
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining("Timed out after 300 ms")
                    .hasMessageContaining("held by '" + MigrationLock.holderName() + "'")
                    .hasMessageMatching(".* since \\d{4}-\\d\\d-\\d\\dT.*")
                    .hasMessageEndingWith("wait longer (--lock-timeout / Migrator.Builder.lockTimeout)");
            assertThat(heard).as("the wait is reported at once").isNotEmpty().allSatisfy(line -> assertThat(line)
                    .startsWith("Waiting for the migration lock of ")
                    .contains("held by '" + MigrationLock.holderName() + "'"));
            held.close();
        }
    }
}
