package dev.plumb.bench;

import dev.plumb.bench.WriterLoad.Write;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The writer's figures for one run: how many statements, how many failed, the maximum, 99th percentile and median
 * latency, and the longest stall, the longest time between two finished writes (a stall the writer's own thread
 * caused, such as a pause of the benchmark's JVM, shows there even when no one statement was slow).
 */
record WriterStats(int count, int failed, long max, long p99, long p50, long longestStall) {

    static WriterStats of(List<Write> writes) {
        long[] millis = writes.stream().mapToLong(Write::millis).sorted().toArray();
        List<Write> byEnd = writes.stream().sorted(Comparator.comparingLong(Write::endNanos)).toList();
        long stall = 0;
        for (int i = 1; i < byEnd.size(); i++) {
            stall = Math.max(stall, byEnd.get(i).endNanos() - byEnd.get(i - 1).endNanos());
        }
        int failed = (int) writes.stream().filter(w -> w.error() != null).count();
        return new WriterStats(millis.length, failed, percentile(millis, 100), percentile(millis, 99),
                percentile(millis, 50), TimeUnit.NANOSECONDS.toMillis(stall));
    }

    /** The nearest-rank percentile: the smallest value at least {@code p}% of the values do not exceed. */
    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
