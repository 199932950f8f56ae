package dev.plumb.bench;

import dev.plumb.bench.ActivitySampler.Sample;
import dev.plumb.bench.WriterLoad.Write;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What the samples of {@link ActivitySampler} say about one run: the statements the migration's sessions ran, with
 * their duration on the server's clock ({@code state_change - query_start} once the statement is seen finished) and
 * the locks they held on the benchmark's tables; and, for every write slower than {@link #SLOW_MILLIS}, what the
 * writer's session waited on and which statement of which session it waited behind. This is how a stall is pinned
 * on one statement rather than on "the migration".
 */
final class StallReport {

    /** Writes at least this slow are explained; the acceptance bound is 200 ms. */
    static final long SLOW_MILLIS = 50;
    /** Statements shorter than this (history, lock, catalog reads) are left out of the timeline. */
    private static final long SHORT_MILLIS = 10;
    private static final int MOST_STALLS = 12;

    /** A statement of the migration: first seen at {@code nanos}, server-side duration, locks seen while it ran. */
    record Statement(int pid, long nanos, long millis, End end, String query, Set<String> locks) {
    }

    /** How a statement's end was seen, which says how exact its duration is. */
    enum End {
        /** finished in a sample: exact. */
        FINISHED(" "),
        /** the session's next statement started: an upper bound by a round trip. */
        NEXT_STARTED("~"),
        /** the session ended between samples: a lower bound. */
        UNSEEN(">");

        final String mark;

        End(String mark) {
            this.mark = mark;
        }
    }

    private final List<Sample> samples;
    private final int writerPid;
    private final long originNanos;

    StallReport(List<Sample> samples, int writerPid, long originNanos) {
        this.samples = samples;
        this.writerPid = writerPid;
        this.originNanos = originNanos;
    }

    /**
     * The migration's statements in the order they started: those seen running, and those seen finished that took
     * {@link #SHORT_MILLIS} or more (history, lock and catalog reads take less).
     */
    List<Statement> statements() {
        Map<String, List<Sample>> byStatement = new LinkedHashMap<>();
        for (Sample sample : samples) {
            if (sample.pid() != writerPid && sample.queryStart() != 0) {
                byStatement.computeIfAbsent(sample.pid() + "@" + sample.queryStart(), k -> new ArrayList<>())
                        .add(sample);
            }
        }
        List<List<Sample>> groups = new ArrayList<>(byStatement.values());
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Sample> seen = groups.get(i);
            Optional<Sample> next = groups.subList(i + 1, groups.size()).stream().map(g -> g.get(0))
                    .filter(s -> s.pid() == seen.get(0).pid()).findFirst();
            Statement statement = statement(seen, next);
            if (statement.end() != End.FINISHED || statement.millis() >= SHORT_MILLIS) {
                statements.add(statement);
            }
        }
        return statements;
    }

    /**
     * A statement's duration on the server's clock: until {@code state_change} when a sample saw it finished; else
     * until the next statement of its session started (a little more than its own time); else, when the session
     * ended between two samples, at least as long as it was seen running.
     */
    private static Statement statement(List<Sample> seen, Optional<Sample> next) {
        Sample first = seen.get(0);
        Optional<Sample> done = seen.stream().filter(s -> !s.active()).findFirst();
        Set<String> locks = seen.stream().filter(Sample::active).map(Sample::locks).filter(l -> l != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (done.isPresent()) {
            return new Statement(first.pid(), first.nanos(), (done.get().stateChange() - first.queryStart()) / 1000,
                    End.FINISHED, first.query(), locks);
        }
        if (next.isPresent()) {
            return new Statement(first.pid(), first.nanos(), (next.get().queryStart() - first.queryStart()) / 1000,
                    End.NEXT_STARTED, first.query(), locks);
        }
        long seenMillis = TimeUnit.NANOSECONDS.toMillis(seen.get(seen.size() - 1).nanos() - first.nanos());
        return new Statement(first.pid(), first.nanos(), seenMillis, End.UNSEEN, first.query(), locks);
    }

    /**
     * When another session (the migration's) was first seen holding or awaiting a lock on the benchmark's tables; the
     * writes before that (while {@code plumb migrate} starts its JVM and compiles the migration) can only be slow for
     * the machine's own reasons. Empty when no sample saw such a lock.
     */
    java.util.OptionalLong firstLockNanos() {
        return samples.stream().filter(s -> s.pid() != writerPid && s.locks() != null).mapToLong(Sample::nanos)
                .min();
    }

    /** The longest write that a sample caught waiting for another session (the migration's, here). */
    long maxBlockedMillis(List<Write> writes) {
        return writes.stream().filter(this::blocked).mapToLong(Write::millis).max().orElse(0);
    }

    private boolean blocked(Write write) {
        return writerSamples(write).anyMatch(s -> !s.blockers().isEmpty());
    }

    private java.util.stream.Stream<Sample> writerSamples(Write write) {
        return samples.stream().filter(s -> s.pid() == writerPid && s.nanos() >= write.startNanos()
                && s.nanos() <= write.endNanos() && s.active());
    }

    /** What each slow write waited for, from the samples taken while it ran. */
    String explain(Write write) {
        Set<String> reasons = writerSamples(write).map(this::reason).filter(r -> r != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return reasons.isEmpty() ? "no lock wait sampled (CPU, I/O or between samples)"
                : String.join("; then ", reasons);
    }

    private String reason(Sample writer) {
        if (writer.blockers().isEmpty()) {
            return writer.waitEvent() == null ? null : "waited on " + writer.waitEvent() + ", no blocking session";
        }
        String behind = writer.blockers().stream().distinct().map(pid -> blocker(writer.nanos(), pid))
                .collect(Collectors.joining(" and "));
        return "waited on " + writer.waitEvent() + " behind " + behind;
    }

    /** The blocking session's statement at that moment; its locks are in the timeline, next to the statement. */
    private String blocker(long nanos, int pid) {
        return samples.stream().filter(s -> s.nanos() == nanos && s.pid() == pid).findFirst()
                .map(s -> "pid " + pid + ("active".equals(s.state()) ? "" : " (" + s.state() + ")") + " `"
                        + oneLine(s.query(), 110) + "`")
                .orElse("pid " + pid);
    }

    /** Prints the timeline and the explained stalls of one mode. */
    void print(PrintStream out, String mode, List<Write> writes) {
        out.println();
        out.println("## " + mode + ": the migration's statements (server time; t from the start of plumb migrate;"
                + " ~ until its session's next statement, > at least)");
        for (Statement s : statements()) {
            out.printf(Locale.ROOT, "  t=%7.3f s  pid %-6d %s%6d ms  %s%s%n", seconds(s.nanos()), s.pid(),
                    s.end().mark, s.millis(), oneLine(s.query(), 120),
                    s.locks().isEmpty() ? "" : "  [" + String.join(" | ", s.locks()) + "]");
        }
        List<Write> slow = writes.stream().filter(w -> w.millis() >= SLOW_MILLIS)
                .sorted(Comparator.comparingLong(Write::millis).reversed()).toList();
        out.println("## " + mode + ": " + slow.size() + " writes of " + SLOW_MILLIS
                + " ms or more while plumb migrate ran"
                + (slow.size() > MOST_STALLS ? " (the " + MOST_STALLS + " slowest)" : ""));
        for (Write w : slow.subList(0, Math.min(MOST_STALLS, slow.size()))) {
            out.printf(Locale.ROOT, "  t=%7.3f s  %s %6d ms: %s%s%n", seconds(w.startNanos()), w.kind(), w.millis(),
                    explain(w), w.error() == null ? "" : " (failed: " + oneLine(w.error(), 240) + ")");
        }
    }

    private double seconds(long nanos) {
        return (nanos - originNanos) / 1e9;
    }

    static String oneLine(String text, int max) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return line.length() <= max ? line : line.substring(0, max - 3) + "...";
    }
}
