package dev.plumb.scenario;

import dev.plumb.dialect.SqlDialect;
import dev.plumb.diff.AddColumn;
import dev.plumb.diff.AlterColumn;
import dev.plumb.diff.Backfills;
import dev.plumb.diff.Change;
import dev.plumb.diff.RenameHints;
import dev.plumb.generate.GenerateOptions;
import dev.plumb.generate.GeneratedMigration;
import dev.plumb.generate.MigrationGenerator;
import dev.plumb.model.Column;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;
import dev.plumb.reader.EntityModel;
import dev.plumb.reader.MappingException;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.Migrator;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Property: for random entity models A and random evolutions B of them (see {@link ModelGenerator}), on every
 * dialect, bringing an empty database to A, then applying the generated A to B migration leaves nothing more to
 * generate against B, and its down migration restores exactly the schema A had.
 *
 * <p>Each case is one dynamic test; a failure prints the seed, the case number, the dialect, both models' sources
 * and the SQL. Switches (system properties, passed through Maven with {@code -D}):
 * <ul>
 *   <li>{@code plumb.props.cases} (default 200; or the environment variable {@code PLUMB_PROPS_CASES}): cases per
 *       dialect; {@code -Dplumb.props.cases=5000} is the long run;</li>
 *   <li>{@code plumb.props.seed} (default {@value #DEFAULT_SEED}): the run's seed, so CI is deterministic;</li>
 *   <li>{@code plumb.props.case}: run only this case number (of the same seed), to reproduce a failure;</li>
 *   <li>{@code plumb.props.from} (or {@code PLUMB_PROPS_FROM}; default 0): the first case number, so that a long run
 *       stopped half-way (a server restart) can go on where it stopped;</li>
 *   <li>{@code plumb.props.dialects} (default {@code POSTGRESQL,H2,MARIADB}; or {@code PLUMB_PROPS_DIALECTS});</li>
 *   <li>{@code plumb.props.workers} (or {@code PLUMB_PROPS_WORKERS}; default 3 on MariaDB, 1 elsewhere): the
 *       cases of a dialect that run at once, each worker on a database of its own ({@link CaseRunner});</li>
 *   <li>{@code plumb.props.timing=true}: print each case's boot and check times.</li>
 * </ul>
 * MariaDB refuses names longer than 64 characters, which Plumb says with exit 2 ({@code MariaDbNameLimitCliTest}),
 * where PostgreSQL cuts them; so MariaDB's models cut their long names to 64, and put their other schema (a database of the
 * server, shared by every test run on it) under a name of this run's ({@link ModelGenerator.Names}); they are
 * otherwise the same models as the other dialects'.
 * One database per worker serves all its cases and is emptied between them: a fresh database per case would cost
 * more than the case itself. Every dialect's cases start at once, in the background, and each dynamic test waits for
 * its case: MariaDB's leg mostly waits for the server's disk, so it overlaps the others. Compiling is batched so as
 * not to cost more than the cases: all models are compiled by one {@code javac} call per batch, then each model's
 * package is moved into its own class directory, which is the reader's classpath.
 *
 * <p>The schemas before up and after down are compared as inspected and normalized, names included (no generated
 * H2 or PostgreSQL name is ignored); only column and constraint order is ignored (see {@link #comparable}).
 */
@Tag("slow")
class EvolutionPropertyTest {

    static final long DEFAULT_SEED = 20261123L;
    private static final long SEED = Long.getLong("plumb.props.seed", DEFAULT_SEED);
    private static final int CASES = Integer.parseInt(setting("plumb.props.cases", "PLUMB_PROPS_CASES", "200"));
    private static final Integer ONLY = Integer.getInteger("plumb.props.case");
    private static final int FROM = Integer.parseInt(setting("plumb.props.from", "PLUMB_PROPS_FROM", "0"));
    private static final int BATCH = 250;
    private static final MigrationGenerator GENERATOR = new MigrationGenerator();
    private static final Map<TestDatabase.Kind, CaseRunner<Case>> RUNNERS = new EnumMap<>(TestDatabase.Kind.class);

    @TempDir
    static Path work;

    /** MariaDB's names: see the class comment. */
    private static final ModelGenerator.Names MARIADB_NAMES = new ModelGenerator.Names(64,
            "plumb_ops_" + java.util.UUID.randomUUID().toString().substring(0, 8));

    /** One generated case: both models, drawn with {@code names}, and where their compiled classes are. */
    record Case(int number, ModelGenerator.Names names, RandomModel before, RandomModel after) {
        String beforePackage() {
            return "props.c" + number + variant() + "a";
        }

        String afterPackage() {
            return "props.c" + number + variant() + "b";
        }

        private String variant() {
            return names.equals(ModelGenerator.Names.AS_THEY_COME) ? "" : "n" + names.longestName();
        }
    }

    @TestFactory
    Stream<DynamicNode> evolutions() throws IOException {
        Map<ModelGenerator.Names, List<Case>> cases = new LinkedHashMap<>();
        for (TestDatabase.Kind kind : dialects()) {
            cases.computeIfAbsent(names(kind), names -> (ONLY != null ? IntStream.of(ONLY)
                    : IntStream.range(FROM, FROM + CASES)).mapToObj(number -> newCase(number, names)).toList());
        }
        for (List<Case> variant : cases.values()) {
            for (int from = 0; from < variant.size(); from += BATCH) {
                compile(variant.subList(from, Math.min(variant.size(), from + BATCH)));
            }
        }
        for (TestDatabase.Kind kind : dialects()) {
            RUNNERS.put(kind, new CaseRunner<>(kind.name(), workers(kind), () -> open(kind), cases.get(names(kind)),
                    EvolutionPropertyTest::check));
        }
        return dialects().stream().map(kind -> DynamicContainer.dynamicContainer(kind.name(),
                cases.get(names(kind)).stream()
                        .map(c -> DynamicTest.dynamicTest("case " + c.number(), () -> RUNNERS.get(kind).await(c)))));
    }

    private static int workers(TestDatabase.Kind kind) {
        return Integer.parseInt(setting("plumb.props.workers", "PLUMB_PROPS_WORKERS",
                kind == TestDatabase.Kind.MARIADB ? "3" : "1"));
    }

    private static ModelGenerator.Names names(TestDatabase.Kind kind) {
        return kind == TestDatabase.Kind.MARIADB ? MARIADB_NAMES : ModelGenerator.Names.AS_THEY_COME;
    }

    @AfterAll
    static void closeDatabases() {
        try {
            Optional.ofNullable(RUNNERS.get(TestDatabase.Kind.MARIADB))
                    .ifPresent(runner -> dropOtherSchema(runner.databases().get(0)));
        } finally {
            RUNNERS.values().forEach(CaseRunner::close);
            RUNNERS.clear();
        }
    }

    private static Case newCase(int number, ModelGenerator.Names names) {
        ModelGenerator generator = new ModelGenerator(new Random(SEED + 1_000_003L * number), names);
        RandomModel before = generator.model();
        return new Case(number, names, before, generator.evolve(before));
    }

    private static List<TestDatabase.Kind> dialects() {
        return Arrays.stream(setting("plumb.props.dialects", "PLUMB_PROPS_DIALECTS", "POSTGRESQL,H2,MARIADB")
                .split(",")).map(String::trim).map(TestDatabase.Kind::valueOf).toList();
    }

    /** A switch from its system property, else its environment variable (for runs outside Maven), else the default. */
    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void compile(List<Case> cases) throws IOException {
        Path sources = Files.createTempDirectory(work, "src");
        List<String> packages = new ArrayList<>();
        for (Case c : cases) {
            write(sources, c.beforePackage(), c.before());
            write(sources, c.afterPackage(), c.after());
            packages.add(c.beforePackage());
            packages.add(c.afterPackage());
        }
        Path out = EntityCompiler.compile(sources, Files.createTempDirectory(work, "out"));
        for (String pkg : packages) {
            Path target = classes(pkg).resolve(pkg.replace('.', '/'));
            Files.createDirectories(target.getParent());
            Files.move(out.resolve(pkg.replace('.', '/')), target);
        }
    }

    private static void write(Path root, String pkg, RandomModel model) throws IOException {
        Path dir = Files.createDirectories(root.resolve(pkg.replace('.', '/')));
        for (Map.Entry<String, String> file : model.sources(pkg).entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
    }

    private static Path classes(String pkg) {
        return work.resolve("classes").resolve(pkg);
    }

    /**
     * On MariaDB the other schema is a database of the server, the same for every worker: the cases that use it run
     * one at a time, each starting and leaving without it, and leaving its own database empty too: InnoDB finds a
     * foreign key's table by name, so a table left there that references the other schema would hold on to the next
     * case's table of that name (and refuse its drop).
     */
    private static void check(TestDatabase database, Case c) throws Exception {
        if (database.kind() != TestDatabase.Kind.MARIADB || !c.before().usesOtherSchema()
                && !c.after().usesOtherSchema()) {
            checkCase(database, c);
            return;
        }
        synchronized (MARIADB_NAMES) {
            dropOtherSchema(database);
            try {
                checkCase(database, c);
            } finally {
                empty(database);
                dropOtherSchema(database);
            }
        }
    }

    private static void dropOtherSchema(TestDatabase database) {
        database.execute("set foreign_key_checks = 0", "drop database if exists " + MARIADB_NAMES.otherSchema());
    }

    private static void checkCase(TestDatabase database, Case c) throws Exception {
        TestDatabase.Kind kind = database.kind();
        long t0 = System.nanoTime();
        empty(database);
        SchemaWorkbench bench = new SchemaWorkbench(database);
        List<String> trace = new ArrayList<>();
        if (!bench.dialect().features().expressionIndexes() && (c.before().hasPostgresOnlyIndexes()
                || c.after().hasPostgresOnlyIndexes())) {
            assertThatThrownBy(() -> {
                bench.desired(classes(c.beforePackage()), c.beforePackage(), Map.of());
                bench.desired(classes(c.afterPackage()), c.afterPackage(), Map.of());
            }).as(kind + " refuses an expression or partial index").isInstanceOf(MappingException.class)
                    .hasMessageContaining("which this database cannot express");
            return;
        }
        try {
            Schema a = bench.desired(classes(c.beforePackage()), c.beforePackage(), Map.of());
            EntityModel bModel = bench.desiredModel(classes(c.afterPackage()), c.afterPackage());
            Schema b = bModel.schema();
            long t1 = System.nanoTime();
            // The database is empty and A's inspection serves as the current schema for B (both use the default
            // schema only): three inspections per case instead of five, the larger part of a case's time.
            List<Migration> migrations = new ArrayList<>();
            migrations.add(step(bench, "1", GENERATOR.migrationBetween(bench.dialect(), Schema.EMPTY, a), trace));
            migrate(database, migrations);
            Schema current = bench.current(a);
            Schema beforeUp = comparable(current);

            migrations.add(step(bench, "2",
                    GENERATOR.migrationBetween(bench.dialect(), current, b,
                            backfillsFor(bench.dialect(), current, b, bModel.renames())), trace));
            migrate(database, migrations);
            assertThat(bench.diff(b)).as("diff against B after applying A to B").isEmpty();

            Migrator.builder(database.dataSource()).migrations(migrations).build().rollback(1);
            assertThat(comparable(bench.current(a))).as("schema after applying down").isEqualTo(beforeUp);
            if (Boolean.getBoolean("plumb.props.timing")) {
                System.out.printf("props %s case %d: boot %d ms, rest %d ms%n", kind, c.number(),
                        (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(report(kind, c, trace) + "\n" + e.getMessage(), e);
        }
    }

    private static Migration step(SchemaWorkbench bench, String version, GeneratedMigration generated,
                                  List<String> trace) {
        trace.add("-- migration " + version + " up\n" + String.join(";\n", generated.up())
                + "\n-- migration " + version + " down\n" + String.join(";\n", generated.down()));
        return bench.migration(version, generated);
    }

    private static void migrate(TestDatabase database, List<Migration> migrations) {
        Migrator.builder(database.dataSource()).migrations(migrations).build().migrate();
    }

    /**
     * The dialect's database for the whole run. A PostgreSQL commit does not wait for the disk here: nothing in it
     * outlives the run, and every case commits a dozen times (DDL, history rows, lock).
     */
    private static TestDatabase open(TestDatabase.Kind kind) {
        TestDatabase database = TestDatabase.create(kind);
        if (kind == TestDatabase.Kind.POSTGRESQL) {
            database.execute("alter database " + name(database) + " set synchronous_commit to off");
        }
        return database;
    }

    /** Drops everything, Plumb's history table included, so the next case starts from an empty database. */
    private static void empty(TestDatabase database) {
        switch (database.kind()) {
            case H2 -> database.execute("drop all objects");
            case POSTGRESQL -> database.execute("drop schema public cascade", "create schema public",
                    "drop schema if exists " + ModelGenerator.OTHER_SCHEMA + " cascade");
            // A MariaDB database is what the others call a schema; dropping it takes its tables and sequences. Its
            // tables may reference the other schema's and the other way round, which would stop either drop.
            case MARIADB -> database.execute("set foreign_key_checks = 0", "drop database " + name(database),
                    "create database " + name(database));
        }
    }

    /** The database's name: the last part of its URL's path. */
    private static String name(TestDatabase database) {
        String path = database.url().substring(database.url().lastIndexOf('/') + 1);
        return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }

    /**
     * The inspected schema with column and constraint order ignored: a dropped column comes back at the end of its
     * table, which is the same schema to Hibernate and to the differ.
     */
    static Schema comparable(Schema schema) {
        return new Schema(schema.tables().stream().map(EvolutionPropertyTest::comparable).toList(),
                schema.sequences());
    }

    private static Table comparable(Table t) {
        return new Table(t.name(), t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(),
                t.primaryKey(), sorted(t.uniqueConstraints()), sorted(t.foreignKeys()), sorted(t.checks()),
                sorted(t.indexes()));
    }

    private static <T> List<T> sorted(List<T> items) {
        return items.stream().sorted(Comparator.comparing(Object::toString)).toList();
    }

    private static String report(TestDatabase.Kind kind, Case c, List<String> trace) {
        return "property case failed: seed " + SEED + ", case " + c.number() + ", dialect " + kind
                + "\nreproduce: mvn -o -B -pl generator -am test -Dtest=EvolutionPropertyTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dplumb.props.seed=" + SEED + " -Dplumb.props.case="
                + c.number() + " -Dplumb.props.dialects=" + kind
                + "\n==== model A\n" + sources(c.before(), c.beforePackage())
                + "==== model B\n" + sources(c.after(), c.afterPackage())
                + "==== generated SQL\n" + String.join("\n", trace);
    }

    private static String sources(RandomModel model, String pkg) {
        return model.sources(pkg).values().stream().filter(s -> !s.contains("enum Status"))
                .collect(Collectors.joining("\n"));
    }

    /**
     * What a user answers to Plumb's refusals. A column that becomes NOT NULL without a default gets a backfill; the
     * test's tables hold no rows, so {@code null} (valid for every type) is enough: the point is that the generated
     * add-nullable, update, set-not-null sequence applies and reverses cleanly. A column dropped while a compatible
     * one is added is, in this generator, meant as drop + add, never a rename: {@code --allow-data-loss}.
     */
    private static GenerateOptions backfillsFor(SqlDialect dialect, Schema current, Schema desired,
                                                RenameHints renames) {
        List<Backfills.Backfill> backfills = new ArrayList<>();
        for (Change change : dialect.differ().diff(current, desired, renames)) {
            if (change instanceof AddColumn add && needsValue(add.column())) {
                backfills.add(backfill(add.table(), add.column()));
            } else if (change instanceof AlterColumn alter && alter.from().nullable() && needsValue(alter.to())) {
                backfills.add(backfill(alter.table(), alter.to()));
            }
        }
        return new GenerateOptions(renames, new Backfills(backfills), true);
    }

    private static boolean needsValue(Column column) {
        return !column.nullable() && column.defaultExpression().isEmpty() && !column.identity();
    }

    private static Backfills.Backfill backfill(QualifiedName table, Column column) {
        return new Backfills.Backfill(table.namespace().map(ns -> quoted(ns.value())), quoted(table.name().value()),
                quoted(column.name().value()), "null");
    }

    /** Quoted, so the hint matches the stored name exactly whatever its case. */
    private static String quoted(String storedName) {
        return '"' + storedName + '"';
    }
}
