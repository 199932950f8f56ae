package dev.plumb.scenario;

import dev.plumb.model.Schema;
import dev.plumb.reader.EntityModel;
import dev.plumb.reader.MappingException;
import dev.plumb.dialect.NameCollisionException;
import dev.plumb.generate.GeneratedMigration;
import dev.plumb.compile.MigrationLoader;
import dev.plumb.diff.Change;
import dev.plumb.diff.OffendingRows;
import dev.plumb.runtime.MigrationStatus;
import dev.plumb.runtime.IrreversibleMigrationException;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.MigrationSafety;
import dev.plumb.writer.MigrationSpec;
import dev.plumb.writer.MigrationWriter;
import dev.plumb.runtime.Migrator;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The heart of the suite: every directory under {@code src/test/scenarios} on every dialect, on a real database.
 * See {@code src/test/scenarios/README.md} for the steps.
 */
class ScenarioTest {

    private static final Path SCENARIOS = Path.of(System.getProperty("plumb.scenarios", "src/test/scenarios"));
    /** A regular expression to run some scenarios only while working on them: {@code -Dplumb.scenario=enum.*}. */
    private static final String ONLY = System.getProperty("plumb.scenario", ".*");
    private static final Pattern INSERT_TABLE = Pattern.compile("(?i)insert\\s+into\\s+(\"[^\"]+\"|`[^`]+`|\\w+)");

    @TempDir
    Path work;

    /** The scenario directories ({@code -Dplumb.scenario} picks some), sorted; there must be some. */
    static List<Path> directories() throws IOException {
        List<Path> directories;
        try (Stream<Path> list = Files.list(SCENARIOS)) {
            directories = list.filter(p -> Files.isDirectory(p.resolve("before")))
                    .filter(p -> p.getFileName().toString().matches(ONLY)).sorted().toList();
        }
        assertThat(directories).as("scenarios under " + SCENARIOS).isNotEmpty();
        return directories;
    }

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        return directories().stream().flatMap(dir -> Stream.of(TestDatabase.Kind.values())
                .map(kind -> DynamicTest.dynamicTest(dir.getFileName() + " on " + kind,
                        () -> run(dir, kind))));
    }

    private void run(Path scenario, TestDatabase.Kind kind) throws Exception {
        String name = scenario.getFileName().toString();
        Path before = EntityCompiler.compile(scenario.resolve("before"), work.resolve(name + "-" + kind + "/before"));
        Path after = EntityCompiler.compile(scenario.resolve("after"), work.resolve(name + "-" + kind + "/after"));
        try (TestDatabase database = TestDatabase.create(kind)) {
            SchemaWorkbench bench = new SchemaWorkbench(database);
            Path refusal = scenario.resolve("expected/" + kind.name().toLowerCase(Locale.ROOT) + ".refused");
            if (Files.exists(refusal)) {
                assertThatThrownBy(() -> {
                    bench.desiredModel(before, "scenario");
                    bench.desiredModel(after, "scenario");
                })
                        .as("a mapping " + kind + " cannot express")
                        .isInstanceOfAny(MappingException.class, NameCollisionException.class)
                        .hasMessageStartingWith(Files.readString(refusal).strip());
                return;
            }
            Schema beforeSchema = bench.desired(before, "scenario", Map.of());
            EntityModel afterModel = bench.desiredModel(after, "scenario");
            Schema afterSchema = afterModel.schema();
            List<Migration> migrations = new ArrayList<>();
            dropServerWideSchemas(database, beforeSchema, afterSchema);
            try {
                runOn(database, bench, scenario, migrations, beforeSchema, afterModel);
            } finally {
                dropServerWideSchemas(database, beforeSchema, afterSchema);
            }
        }
    }

    /**
     * The schemas a scenario names ({@code @Table(schema = "ops")}) die with a PostgreSQL or H2 test database; on
     * MariaDB a schema is a database of the server, which outlives the test database, so it is dropped before and
     * after the scenario (scenarios that name one must not run at once on one server).
     */
    static void dropServerWideSchemas(TestDatabase database, Schema... schemas) {
        if (database.kind() != TestDatabase.Kind.MARIADB) {
            return;
        }
        Stream.of(schemas).flatMap(schema -> schema.tables().stream())
                .flatMap(table -> table.name().namespace().stream()).distinct()
                .forEach(namespace -> database.execute("drop database if exists `" + namespace.value() + "`"));
    }

    private void runOn(TestDatabase database, SchemaWorkbench bench, Path scenario, List<Migration> migrations,
                       Schema beforeSchema, EntityModel afterModel) throws Exception {
        String name = scenario.getFileName().toString();
        TestDatabase.Kind kind = database.kind();
        Schema afterSchema = afterModel.schema();
        migrations.add(bench.migration("1", bench.generate(beforeSchema)));
        migrator(database, migrations).migrate();
        assertThat(bench.diff(beforeSchema)).as("diff right after creating 'before'").isEmpty();
        Map<String, Integer> seeded = seed(database, scenario.resolve("seed.sql"));

        GeneratedMigration change = bench.generate(afterSchema, ScenarioHints.read(scenario, afterModel));
        String dialectName = bench.dialect().dialect().name().toLowerCase(Locale.ROOT);
        String actual = GoldenFile.format(change.up(), change.down());
        assertThat(actual).as("generated SQL of " + name + " on " + dialectName)
                .isEqualTo(GoldenFile.expected(scenario.resolve("expected/" + dialectName + ".sql"), actual));

        assertNoOffendingRows(database, change);
        migrations.add(written(change, work.resolve(name + "-" + kind + "/migration")));
        migrator(database, migrations).migrate();
        assertThat(bench.diff(afterSchema)).as("diff after applying up").isEmpty();
        assertRowsSurvived(database, seeded, afterSchema, bench);
        ScenarioHints.verify(database, scenario.resolve("verify-up.sql"));

        rollBack(database, migrations, change);
        assertThat(bench.diff(beforeSchema)).as("diff after applying down").isEmpty();
        assertRowsSurvived(database, retainedBy(seeded, afterSchema, bench), beforeSchema, bench);
        ScenarioHints.verify(database, scenario.resolve("verify-down.sql"));
    }

    /**
     * The migration as users get it: written by {@link MigrationWriter} and compiled, so its safety annotation and
     * {@code reversible()} are the generated ones.
     */
    private static Migration written(GeneratedMigration change, Path sourceRoot) {
        MigrationSpec spec = new MigrationSpec("2", "ScenarioStep", "scenario step 2", Instant.EPOCH,
                change.plan().up(), Map.of(change.dialect(), change.up()), Map.of(change.dialect(), change.down()),
                change.reviews()).withOutsideTransaction(change.transactional() ? Set.of() : Set.of(change.dialect()));
        new MigrationWriter().write(spec, sourceRoot, "scenario.migrations");
        List<Migration> loaded = new MigrationLoader().load(List.of(sourceRoot), Optional.of("scenario.migrations"));
        assertThat(loaded).hasSize(1);
        Migration migration = loaded.get(0);
        MigrationSafety safety = migration.getClass().getAnnotation(MigrationSafety.class);
        assertThat(safety).as("@MigrationSafety on the generated class").isNotNull();
        assertThat(safety.worst().name()).isEqualTo(change.plan().up().stream().map(Change::safety)
                .max(Comparator.naturalOrder()).orElseThrow().name());
        assertThat(migration.reversible()).isEqualTo(spec.reversible());
        return migration;
    }

    /** Every reviewer query is valid SQL on this dialect and, on the scenario's clean seed, finds no row. */
    private static void assertNoOffendingRows(TestDatabase database, GeneratedMigration change) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (OffendingRows.Review review : change.reviews()) {
                try (ResultSet rows = statement.executeQuery(review.query())) {
                    assertThat(rows.next()).as("offending rows of " + review.query()).isFalse();
                }
            }
        }
    }

    /** An irreversible migration is refused without force, with nothing undone, then undone with force. */
    static void rollBack(TestDatabase database, List<Migration> migrations, GeneratedMigration change) {
        if (!change.plan().up().stream().allMatch(Change::reversible)) {
            assertThatThrownBy(() -> migrator(database, migrations).rollback(1))
                    .isInstanceOf(IrreversibleMigrationException.class);
            assertThat(migrator(database, migrations).status()).allMatch(s -> s.state() == MigrationStatus.State.APPLIED);
            Migrator.builder(database.dataSource()).migrations(migrations).force(true).build().rollback(1);
            return;
        }
        migrator(database, migrations).rollback(1);
    }

    private static Migrator migrator(TestDatabase database, List<Migration> migrations) {
        return Migrator.builder(database.dataSource()).migrations(migrations).build();
    }

    /**
     * Runs the seed statements; returns how many rows each seeded table got. A dialect whose SQL differs (MariaDB
     * quotes {@code `order`} in backticks) has its own {@code seed.<dialect>.sql} next to {@code seed.sql}.
     */
    static Map<String, Integer> seed(TestDatabase database, Path seedFile) throws IOException, SQLException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        Path own = seedFile.resolveSibling("seed." + database.kind().name().toLowerCase(Locale.ROOT) + ".sql");
        if (Files.exists(own)) {
            seedFile = own;
        }
        if (!Files.exists(seedFile)) {
            return rows;
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String line : Files.readAllLines(seedFile)) {
                if (line.isBlank()) {
                    continue;
                }
                statement.executeUpdate(line);
                Matcher table = INSERT_TABLE.matcher(line);
                if (table.find()) {
                    rows.merge(table.group(1), 1, Integer::sum);
                }
            }
        }
        return rows;
    }

    /** Only tables that the up migration kept can still hold their seeded rows after the down migration. */
    private static Map<String, Integer> retainedBy(Map<String, Integer> seeded, Schema after,
                                                   SchemaWorkbench bench) {
        Map<String, Integer> kept = new LinkedHashMap<>();
        seeded.forEach((table, count) -> {
            if (exists(after, table, bench)) {
                kept.put(table, count);
            }
        });
        return kept;
    }

    private static void assertRowsSurvived(TestDatabase database, Map<String, Integer> seeded, Schema schema,
                                           SchemaWorkbench bench) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Integer> entry : seeded.entrySet()) {
                if (!exists(schema, entry.getKey(), bench)) {
                    continue;
                }
                try (ResultSet rs = statement.executeQuery("select count(*) from " + entry.getKey())) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("rows of " + entry.getKey()).isEqualTo(entry.getValue());
                }
            }
        }
    }

    private static boolean exists(Schema schema, String tableAsWritten, SchemaWorkbench bench) {
        boolean quoted = tableAsWritten.startsWith("\"") || tableAsWritten.startsWith("`");
        String bare = quoted ? tableAsWritten.substring(1, tableAsWritten.length() - 1) : tableAsWritten;
        var name = bench.dialect().identifierCase().fold(bare, quoted);
        return schema.tables().stream().anyMatch(t -> t.name().name().equals(name));
    }
}
