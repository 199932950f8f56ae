package dev.plumb.scenario;

import dev.plumb.testsupport.TestDatabase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs one dialect's property cases ahead of the test that reports each, on several databases at once. A MariaDB
 * case spends most of its time waiting for the server to write its DDL to disk (each {@code create table} makes and
 * syncs a file), so a few cases at a time finish a leg in a fraction of the time on the same two cores. Each worker
 * owns one database for the whole leg; the dynamic test of a case only waits for its result, so the report (which
 * case failed, why, how to reproduce it) stays what it was. With one worker the cases still run in case order.
 *
 * @param <C> a case
 */
final class CaseRunner<C> implements AutoCloseable {

    /** One case on one of the leg's databases. */
    @FunctionalInterface
    interface Check<C> {
        void run(TestDatabase database, C testCase) throws Exception;
    }

    private final ExecutorService pool;
    private final BlockingQueue<TestDatabase> databases = new LinkedBlockingQueue<>();
    private final List<TestDatabase> opened = new ArrayList<>();
    private final Map<C, Future<?>> results = new LinkedHashMap<>();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    /**
     * Opens {@code workers} databases and starts every case; {@link #await} reports each. A long run also says on
     * stdout, as it goes, every failing case and every hundredth case done, so that a run stopped early still tells
     * what it found.
     */
    CaseRunner(String leg, int workers, Supplier<TestDatabase> open, List<C> cases, Check<C> check) {
        int threads = Math.max(1, Math.min(workers, cases.size()));
        for (int i = 0; i < threads; i++) {
            opened.add(open.get());
        }
        databases.addAll(opened);
        pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "property-case");
            thread.setDaemon(true);
            return thread;
        });
        for (C c : cases) {
            results.put(c, pool.submit(() -> {
                TestDatabase database = databases.take();
                try {
                    check.run(database, c);
                } catch (Exception | AssertionError e) {
                    System.out.println("property " + leg + " failed: " + firstLine(e) + " (" + failed.incrementAndGet()
                            + " failed so far)");
                    throw e;
                } finally {
                    databases.add(database);
                    if (done.incrementAndGet() % 100 == 0) {
                        System.out.println("property " + leg + ": " + done.get() + " of " + cases.size()
                                + " cases done, " + failed.get() + " failed");
                    }
                }
                return null;
            }));
        }
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage()).strip();
        return message.lines().findFirst().orElse(message);
    }

    /** Waits for {@code c}'s result and throws what its check threw. */
    void await(C c) throws Throwable {
        try {
            results.get(c).get();
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    /** The leg's databases, for a last clean-up before {@link #close}. */
    List<TestDatabase> databases() {
        return List.copyOf(opened);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        opened.forEach(TestDatabase::close);
    }
}
