package dev.plumb.runtime;

import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;

import static dev.plumb.runtime.StatusTest.ONE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A process that cannot get the lock says who holds it and since when. */
class LockHolderTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void timeoutNamesTheHolder(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind);
             MigrationLock held = MigrationLock.acquire(db.dataSource(), Dialect.valueOf(kind.name()),
                     TableName.parse(HistoryTable.DEFAULT_NAME), Duration.ofSeconds(5))) {
            Migrator waiting = Migrator.builder(db.dataSource()).migrations(List.of(ONE))
                    .lockTimeout(Duration.ofMillis(300)).build();

            assertThatThrownBy(waiting::migrate)
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("Timed out after 300 ms")
                    .hasMessageContaining("held by '" + MigrationLock.holderName() + "'")
                    .hasMessageMatching(".* since \\d{4}-\\d\\d-\\d\\dT.*");
            held.close();
        }
    }
}
