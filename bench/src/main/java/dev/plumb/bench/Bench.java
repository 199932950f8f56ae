package dev.plumb.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Prints one table: applying {@code count} small migrations to a fresh database, and the no-op start-up check with
 * all of them applied, in process and as a whole JVM process, for Plumb and Flyway on the same server. Each tool
 * gets its own fresh database per measurement; no-op figures are the median of several runs.
 */
public final class Bench {

    private static final int NOOP_RUNS = 5;

    private final String adminUrl;
    private final String user;
    private final String password;
    private final int count;
    private final List<String> created = new ArrayList<>();

    private Bench(String adminUrl, String user, String password, int count) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.count = count;
    }

    public static void main(String[] args) throws Exception {
        // both tools log every migration through java.util.logging here; the console would dominate the timings
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        List<String> list = Arrays.asList(args);
        if (!list.isEmpty() && list.get(0).equals("generate")) {
            GenerateBench.main(list.subList(1, list.size()));
            return;
        }
        if (!list.isEmpty() && list.get(0).equals("online")) {
            OnlineBench.main(list.subList(1, list.size()));
            return;
        }
        if (!list.isEmpty() && list.get(0).equals("child")) {
            // child TOOL URL USER COUNT: one start-up migration in a fresh JVM
            Tool.valueOf(args[1]).migrate(args[2], args[3], System.getenv().getOrDefault("PGPASSWORD", ""),
                    Integer.parseInt(args[4]));
            return;
        }
        String url = option(list, "--url", System.getenv().getOrDefault("PLUMB_BENCH_URL",
                "jdbc:postgresql://127.0.0.1:5432/postgres"));
        String user = option(list, "--user", "postgres");
        int count = Integer.parseInt(option(list, "--count", "1000"));
        new Bench(url, user, System.getenv().getOrDefault("PLUMB_BENCH_PASSWORD", ""), count).run();
    }

    static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    private void run() throws Exception {
        List<String[]> rows = new ArrayList<>();
        long[] inProcess = new long[4];
        long[] wholeProcess = new long[4];
        try {
            for (Tool tool : Tool.values()) {
                int t = tool.ordinal();
                String db = freshDatabase(tool);
                inProcess[t] = time(() -> tool.migrate(db, user, password, count));
                inProcess[2 + t] = median(() -> time(() -> tool.migrate(db, user, password, count)));
                String other = freshDatabase(tool);
                wholeProcess[t] = child(tool, other);
                wholeProcess[2 + t] = median(() -> child(tool, other));
            }
        } finally {
            dropCreated();
        }
        rows.add(row("apply " + count + " migrations, in process", inProcess[0], inProcess[1]));
        rows.add(row("no-op start-up, " + count + " applied, in process", inProcess[2], inProcess[3]));
        rows.add(row("apply " + count + " migrations, whole process", wholeProcess[0], wholeProcess[1]));
        rows.add(row("no-op start-up, " + count + " applied, whole process", wholeProcess[2], wholeProcess[3]));
        print(rows);
    }

    private static String[] row(String measure, long plumb, long flyway) {
        return new String[] {measure, plumb + " ms", flyway + " ms",
                String.format(Locale.ROOT, "%.2f", (double) flyway / Math.max(1, plumb))};
    }

    private static void print(List<String[]> rows) {
        String format = "| %-44s | %9s | %9s | %13s |%n";
        System.out.printf(format, "measure", "Plumb", "Flyway", "Flyway/Plumb");
        System.out.printf(format, "-".repeat(44), "-".repeat(9), "-".repeat(9), "-".repeat(13));
        rows.forEach(r -> System.out.printf(format, (Object[]) r));
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static long median(LongSupplier measurement) {
        long[] values = new long[NOOP_RUNS];
        for (int i = 0; i < values.length; i++) {
            values[i] = measurement.getAsLong();
        }
        Arrays.sort(values);
        return values[values.length / 2];
    }

    /** Wall-clock time of a fresh JVM that migrates {@code url} and exits. */
    private long child(Tool tool, String url) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Bench.class.getName(), "child", tool.name(), url, user, Integer.toString(count))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("PGPASSWORD", password);
        long start = System.nanoTime();
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(tool + " process exited " + exit);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private void dropCreated() throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            for (String name : created) {
                statement.execute("drop database if exists " + name);
            }
        }
    }

    /** Creates a database named after the tool; returns its URL. */
    private String freshDatabase(Tool tool) throws SQLException {
        String name = "plumb_bench_" + tool.name().toLowerCase(Locale.ROOT) + "_" + System.nanoTime() % 100000;
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        created.add(name);
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }
}
