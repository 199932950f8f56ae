package dev.plumb.bench;

import dev.plumb.bench.WriterLoad.Write;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer's figures: nearest-rank percentiles, failures, and the longest time without a finished write. */
class WriterStatsTest {

    @Test
    void percentilesFailuresAndTheLongestGapBetweenFinishedWrites() {
        List<Write> writes = new ArrayList<>();
        long t = 0;
        for (int i = 1; i <= 100; i++) {
            // 1..100 ms, one every 10 ms after the previous ends; the 100 ms one fails
            writes.add(new Write("insert", ms(t), ms(t + i), i == 100 ? "deadlock detected" : null));
            t += i + 10;
        }
        WriterStats stats = WriterStats.of(writes);

        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.failed()).isEqualTo(1);
        assertThat(stats.max()).isEqualTo(100);
        assertThat(stats.p99()).isEqualTo(99);
        assertThat(stats.p50()).isEqualTo(50);
        // the last write ends 10 ms (pause) + 100 ms after the one before it
        assertThat(stats.longestStall()).isEqualTo(110);
    }

    @Test
    void noWritesAreZeros() {
        assertThat(WriterStats.of(List.of())).isEqualTo(new WriterStats(0, 0, 0, 0, 0, 0));
    }

    private static long ms(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
