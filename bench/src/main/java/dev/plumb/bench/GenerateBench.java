package dev.plumb.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * {@code bench/run generate}: Plumb's {@code generate --dry-run} and {@code check} against Hibernate's schema tooling
 * on synthetic models ({@link SyntheticModel}) of several sizes, each against a PostgreSQL database that Plumb's own
 * {@code generate} + {@code migrate} brought in sync first. Every measurement is a whole JVM process under GNU time;
 * the table shows medians, and the catalog queries each tool makes ({@link CatalogReadRun}: one extra, untimed run).
 * Options: {@code --sizes 50,200,1000}, {@code --runs 5}, {@code --quick} (sizes 50,200 and 3 runs), {@code --url},
 * {@code --user} (password from {@code PLUMB_BENCH_PASSWORD}), {@code --plumb-java-opts "..."} (extra JVM options
 * for the Plumb processes, passed as {@code PLUMB_JAVA_OPTS}).
 *
 * <p>Plumb runs as users run it, through the {@code ./plumb} launcher with its JVM options and class-data archive
 * (the set-up {@code generate} records the archive). The Hibernate peers run as a plain {@code java} command, as
 * {@code hbm2ddl} runs in an application; one more row runs SchemaMigrator with the launcher's JVM options, so the
 * table shows what those options give and what Plumb's own work does.
 */
final class GenerateBench {

    private record Row(int size, String measure, ProcessTimer.Run median, String changes, String catalogReads,
            String ratio) {
    }

    private final String adminUrl;
    private final String user;
    private final String password;
    private final int runs;
    /** The JVM options {@code ./plumb} sets (the class-data archive aside), for the peer row that gets them too. */
    private static final List<String> LAUNCHER_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");

    private final List<String> plumbLauncher;
    private final String plumbJavaOpts;
    private final Path work;
    private final List<Row> rows = new ArrayList<>();

    private GenerateBench(List<String> args) throws IOException {
        adminUrl = Bench.option(args, "--url", System.getenv().getOrDefault("PLUMB_BENCH_URL",
                "jdbc:postgresql://127.0.0.1:5432/postgres"));
        user = Bench.option(args, "--user", "postgres");
        password = System.getenv().getOrDefault("PLUMB_BENCH_PASSWORD", "");
        boolean quick = args.contains("--quick");
        runs = Integer.parseInt(Bench.option(args, "--runs", quick ? "3" : "5"));
        plumbLauncher = List.of(Path.of("plumb").toAbsolutePath().toString());
        plumbJavaOpts = Bench.option(args, "--plumb-java-opts", "").trim();
        work = Files.createTempDirectory("plumb-bench-generate");
    }

    static void main(List<String> args) throws Exception {
        boolean quick = args.contains("--quick");
        int[] sizes = Arrays.stream(Bench.option(args, "--sizes", quick ? "50,200" : "50,200,1000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        GenerateBench bench = new GenerateBench(args);
        try {
            for (int size : sizes) {
                bench.measure(size);
            }
        } finally {
            if (System.getenv("PLUMB_BENCH_KEEP") == null) {
                bench.deleteWork();
            }
        }
        bench.print();
    }

    private void measure(int size) throws SQLException {
        Path dir = work.resolve("n" + size);
        Path classes = new SyntheticModel(size, false).compile(dir.resolve("model"));
        Path drifted = new SyntheticModel(size, true).compile(dir.resolve("drift"));
        String db = "plumb_bench_generate_" + size;
        admin("drop database if exists " + db, "create database " + db);
        try {
            String url = databaseUrl(db);
            ProcessTimer timer = new ProcessTimer(dir, Map.of("PGPASSWORD", password, "PLUMB_PASSWORD", password,
                    "PLUMB_JAVA_OPTS", plumbJavaOpts));
            String migrations = dir.resolve("migrations").toString();
            List<String> connection = List.of("--url", url, "--user", user);
            setUp(timer, plumb("generate", "--name", "Init", "--entities", classes.toString(), "--output",
                    migrations, "--migrations-package", "bench.migrations"), connection);
            setUp(timer, plumb("migrate", "--migrations", migrations, "--migrations-package", "bench.migrations"),
                    connection);
            Row generate = plumbRow(size, "plumb generate --dry-run, in sync", timer,
                    with(plumb("generate", "--dry-run", "--entities", classes.toString()), connection));
            plumbRow(size, "plumb generate --dry-run, 1% drift", timer,
                    with(plumb("generate", "--dry-run", "--entities", drifted.toString()), connection));
            Row check = plumbRow(size, "plumb check", timer, with(plumb("check", "--entities", classes.toString(),
                    "--migrations", migrations, "--migrations-package", "bench.migrations"), connection));
            peerRow(size, "Hibernate SchemaMigrator update script", timer, peer("update", classes, size, url),
                    generate);
            peerRow(size, "Hibernate SchemaMigrator, ./plumb's JVM options", timer,
                    peer("update", classes, size, url, LAUNCHER_JVM_OPTIONS), generate);
            peerRow(size, "Hibernate SchemaValidator", timer, peer("validate", classes, size, url), check);
            peerRow(size, "liquibase-hibernate7 diffChangeLog", timer,
                    LiquibasePeer.command(java(), dir, classes, size, url, user), generate);
        } finally {
            admin("drop database if exists " + db);
        }
    }

    private Row plumbRow(int size, String measure, ProcessTimer timer, List<String> command) {
        List<ProcessTimer.Run> results = repeat(timer, command);
        ProcessTimer.Run first = results.get(0);
        String changes = first.stdout().contains("No changes") || first.exit() == 0 && !measure.contains("generate")
                ? "0" : first.stderr().lines().filter(l -> !l.isBlank()).count() + " (exit " + first.exit() + ")";
        Row row = new Row(size, measure, median(results), changes,
                CatalogReadRun.count(timer, asJavaCommand(command), work), "");
        rows.add(row);
        return row;
    }

    private void peerRow(int size, String measure, ProcessTimer timer, List<String> command, Row plumb) {
        List<ProcessTimer.Run> results = repeat(timer, command);
        ProcessTimer.Run first = results.get(0);
        if (first.exit() != 0) {
            System.err.println(measure + " failed:\n" + first.stderr().lines().limit(20)
                    .collect(java.util.stream.Collectors.joining("\n")));
        }
        String changes = first.exit() != 0 ? "fails (exit " + first.exit() + ")"
                : Long.toString(first.stdout().lines().filter(l -> !l.isBlank()).count());
        ProcessTimer.Run median = median(results);
        String ratio = String.format(Locale.ROOT, "%.2f wall, %.2f CPU (vs %s)",
                (double) median.wallMillis() / plumb.median().wallMillis(),
                (double) median.cpuMillis() / plumb.median().cpuMillis(), plumb.measure());
        String catalogReads = CatalogReadRun.count(timer, CatalogReadRun.countingUrls(command), work);
        rows.add(new Row(size, measure, median, changes, catalogReads, ratio));
    }

    private List<ProcessTimer.Run> repeat(ProcessTimer timer, List<String> command) {
        List<ProcessTimer.Run> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(timer.run(command));
        }
        return results;
    }

    /** Medians of wall time, CPU time and peak RSS, each taken separately. */
    private static ProcessTimer.Run median(List<ProcessTimer.Run> results) {
        ProcessTimer.Run first = results.get(0);
        return new ProcessTimer.Run(median(results, ProcessTimer.Run::wallMillis),
                median(results, ProcessTimer.Run::cpuMillis), median(results, ProcessTimer.Run::maxRssKb),
                first.exit(), first.stdout(), first.stderr());
    }

    private static long median(List<ProcessTimer.Run> results, ToLongFunction<ProcessTimer.Run> value) {
        long[] values = results.stream().mapToLong(value).sorted().toArray();
        return values[values.length / 2];
    }

    private static void setUp(ProcessTimer timer, List<String> command, List<String> connection) {
        ProcessTimer.Run run = timer.run(with(command, connection));
        if (run.exit() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + run.exit() + ":\n"
                    + run.stderr());
        }
    }

    /** A launcher command as the {@code java -jar} command the launcher runs, for the counting run. */
    private static List<String> asJavaCommand(List<String> launcherCommand) {
        List<String> command = new ArrayList<>(List.of(java(), "-jar",
                Path.of("generator/target/plumb.jar").toAbsolutePath().toString()));
        command.addAll(launcherCommand.subList(1, launcherCommand.size()));
        return command;
    }

    private List<String> plumb(String... args) {
        List<String> command = new ArrayList<>(plumbLauncher);
        command.addAll(List.of(args));
        return command;
    }

    private List<String> peer(String mode, Path classes, int size, String url) {
        return peer(mode, classes, size, url, List.of());
    }

    private List<String> peer(String mode, Path classes, int size, String url, List<String> jvmOptions) {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, HibernatePeer.class.getName(), mode, classes.toString(),
                Integer.toString(size), url, user));
        return command;
    }

    private static List<String> with(List<String> command, List<String> more) {
        return Stream.concat(command.stream(), more.stream()).toList();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private String databaseUrl(String name) {
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    private void admin(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private void deleteWork() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private void print() {
        String format = "| %5s | %-48s | %8s | %8s | %8s | %-14s | %-18s | %-58s |%n";
        System.out.printf(format, "N", "measure", "wall", "CPU", "peak RSS", "changes", "catalog queries",
                "peer / Plumb");
        System.out.printf(format, "-".repeat(5), "-".repeat(48), "-".repeat(8), "-".repeat(8), "-".repeat(8),
                "-".repeat(14), "-".repeat(18), "-".repeat(58));
        for (Row row : rows) {
            System.out.printf(format, row.size(), row.measure(), seconds(row.median().wallMillis()),
                    seconds(row.median().cpuMillis()), row.median().maxRssKb() / 1024 + " MB", row.changes(),
                    row.catalogReads(), row.ratio());
        }
        System.out.println("Medians of " + runs + " whole-process runs each; changes: what the first run reported "
                + "(in sync: phantom changes; 1% drift: the changes found).");
        System.out.println(CatalogReadRun.FOOTER);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }
}
