package dev.plumb.bench;

import dev.plumb.bench.WriterLoad.Write;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online bench's measuring parts on a real PostgreSQL database: a write that waits behind another session's
 * lock is seen as slow, attributed to that session's statement, and that statement shows in the timeline with its
 * duration and its lock; the completion check names what a migration did not leave, including an invalid index.
 */
class OnlineMeasurementTest {

    private static final int ROWS = 2000;

    private TestDatabase database;
    private OnlineDatabase online;

    @BeforeEach
    void tables() throws SQLException {
        database = TestDatabase.postgres();
        // the tables as Plumb's first migration of bench/src/online/before creates them
        database.execute("create table account (id bigint not null, name varchar(100) not null, primary key (id))",
                "create table item (amount bigint not null, account_id bigint, created_at timestamp(6) not null,"
                        + " id bigint not null, code varchar(32) not null, note varchar(100), region varchar(16),"
                        + " primary key (id))");
        String url = database.url();
        online = new OnlineDatabase(url, database.user(), database.password(), url.substring(url.lastIndexOf('/') + 1)
                .replaceAll("\\?.*", ""));
        online.load(ROWS);
    }

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void aSlowWriteIsPinnedOnTheStatementItWaitedBehind() throws Exception {
        List<Write> writes;
        StallReport report;
        try (Connection writerConnection = online.connect(); Connection samplerConnection = online.connect();
             Connection migration = online.connect()) {
            WriterLoad writer = new WriterLoad(writerConnection, ROWS, OnlineDatabase.ACCOUNTS);
            ActivitySampler sampler = new ActivitySampler(samplerConnection);
            sampler.start();
            writer.start();
            Thread.sleep(200);
            long origin = System.nanoTime();
            migration.setAutoCommit(false);
            try (Statement statement = migration.createStatement()) {
                statement.execute("alter table item add constraint ck_item_amount check (amount >= 0)");
                statement.execute("select pg_sleep(0.6)");
            }
            migration.commit();
            Thread.sleep(200);
            writes = writer.stop();
            report = new StallReport(sampler.stop(), writer.backendPid(), origin);
        }

        WriterStats stats = WriterStats.of(writes);
        assertThat(stats.failed()).isZero();
        assertThat(stats.max()).isGreaterThanOrEqualTo(400);
        assertThat(stats.longestStall()).isGreaterThanOrEqualTo(stats.max());
        Write slowest = writes.stream().max(Comparator.comparingLong(Write::millis)).orElseThrow();
        assertThat(report.explain(slowest)).contains("waited on Lock:relation behind pid")
                .contains("`select pg_sleep(0.6)`");
        assertThat(report.maxBlockedMillis(writes)).isEqualTo(stats.max());
        assertThat(report.firstLockNanos()).isPresent();
        assertThat(report.firstLockNanos().getAsLong())
                .isBetween(slowest.startNanos() - ActivitySampler.PERIOD_NANOS, slowest.endNanos());
        assertThat(report.statements()).filteredOn(s -> s.query().equals("select pg_sleep(0.6)")).singleElement()
                .satisfies(s -> {
                    assertThat(s.millis()).isBetween(550L, 2000L);
                    assertThat(String.join(" | ", s.locks())).contains("AccessExclusiveLock on item");
                });
    }

    @Test
    void completionNamesWhatTheMigrationDidNotLeave() throws SQLException {
        assertThat(online.missing()).containsExactly("index ix_item_created_at (valid)", "uk_item_code (validated)",
                "fk_item_account (validated)", "ck_item_amount (validated)", "item.region not null");

        database.execute("update item set region = 'unknown' where region is null",
                "alter table item alter column region set not null",
                "alter table item add constraint ck_item_amount check (amount >= 0)",
                "alter table item add constraint uk_item_code unique (code)",
                "create index ix_item_created_at on item (created_at)",
                "alter table item add constraint fk_item_account foreign key (account_id) references account (id)"
                        + " not valid");
        assertThat(online.missing()).containsExactly("fk_item_account (validated)");

        database.execute("alter table item validate constraint fk_item_account");
        assertThat(online.missing()).isEmpty();
        assertThat(online.rowCount()).isEqualTo(ROWS);

        // an interrupted or failed concurrent build leaves an INVALID index behind
        try (Connection connection = online.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create unique index concurrently ix_item_account on item (account_id)");
        } catch (SQLException duplicates) {
            assertThat(duplicates.getSQLState()).isEqualTo("23505");
        }
        assertThat(online.missing()).containsExactly("no invalid index left");
    }
}
