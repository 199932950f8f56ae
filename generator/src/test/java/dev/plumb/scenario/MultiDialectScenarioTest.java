package dev.plumb.scenario;

import dev.plumb.compile.MigrationLoader;
import dev.plumb.dialect.NameCollisionException;
import dev.plumb.generate.GeneratedMigration;
import dev.plumb.generate.MultiDialectGenerator;
import dev.plumb.generate.MultiDialectMigration;
import dev.plumb.model.Schema;
import dev.plumb.reader.EntityModel;
import dev.plumb.reader.MappingException;
import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.Script;
import dev.plumb.runtime.ScriptStep;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.Migrator;
import dev.plumb.testsupport.TestDatabase;
import dev.plumb.writer.MigrationSpec;
import dev.plumb.writer.MigrationWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Acceptance 2 of issue 14, over the three dialects of issue 17: every scenario of {@code src/test/scenarios} as ONE
 * migration class for PostgreSQL, H2 and MariaDB ({@link MultiDialectGenerator}), generated from each dialect's own
 * database at {@code before}. Each dialect's SQL equals that dialect's single-dialect golden file; the same compiled
 * class is applied to the PostgreSQL, the H2 and the MariaDB database, after which each diffs empty against the
 * entities, and its down restores {@code before} on each.
 *
 * <p>A dialect with {@code expected/<dialect>.refused} cannot express the scenario: the class is generated for the
 * other dialects, the test's name says which dialect was left out and why, and the refusal itself is asserted. The
 * entity sources are compiled once per scenario for all dialects.
 */
@Tag("slow")
class MultiDialectScenarioTest {

    private static final List<TestDatabase.Kind> KINDS = List.of(TestDatabase.Kind.POSTGRESQL, TestDatabase.Kind.H2,
            TestDatabase.Kind.MARIADB);

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyScenarioAsOneClassForEveryDialect() throws IOException {
        return ScenarioTest.directories().stream().map(dir -> DynamicTest.dynamicTest(title(dir), () -> run(dir)));
    }

    private static String title(Path scenario) {
        List<TestDatabase.Kind> refusing = KINDS.stream().filter(kind -> refused(scenario, kind)).toList();
        String applied = KINDS.stream().filter(kind -> !refusing.contains(kind)).map(MultiDialectScenarioTest::name)
                .collect(Collectors.joining("+"));
        return scenario.getFileName() + " as one class on " + applied + refusing.stream()
                .map(kind -> " (" + name(kind) + " skipped: it refuses the mapping, expected/" + name(kind)
                        + ".refused)").collect(Collectors.joining());
    }

    private static boolean refused(Path scenario, TestDatabase.Kind kind) {
        return Files.exists(scenario.resolve("expected/" + name(kind) + ".refused"));
    }

    private static String name(TestDatabase.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** What one dialect's database holds for the run. */
    private record Side(TestDatabase database, SchemaWorkbench bench, Schema before, EntityModel after,
                        Migration creation) {
        /** MariaDB's schemas outlive its test database: see {@link ScenarioTest#dropServerWideSchemas}. */
        void dropServerWideSchemas() {
            ScenarioTest.dropServerWideSchemas(database, before, after.schema());
        }
    }

    private void run(Path scenario) throws Exception {
        String name = scenario.getFileName().toString();
        Path before = EntityCompiler.compile(scenario.resolve("before"), work.resolve(name + "/before"));
        Path after = EntityCompiler.compile(scenario.resolve("after"), work.resolve(name + "/after"));
        Map<Dialect, Side> sides = new EnumMap<>(Dialect.class);
        List<Dialect> dialects = new ArrayList<>();
        try {
            for (TestDatabase.Kind kind : KINDS) {
                TestDatabase database = TestDatabase.create(kind);
                SchemaWorkbench bench = new SchemaWorkbench(database);
                if (refused(scenario, kind)) {
                    try (database) {
                        assertRefused(scenario, kind, bench, before, after);
                    }
                    continue;
                }
                Schema beforeSchema = bench.desired(before, "scenario", Map.of());
                EntityModel afterModel = bench.desiredModel(after, "scenario");
                Migration creation = bench.migration("1", bench.generate(beforeSchema));
                Side side = new Side(database, bench, beforeSchema, afterModel, creation);
                sides.put(bench.dialect().dialect(), side);
                side.dropServerWideSchemas();
                migrator(database, List.of(creation)).migrate();
                ScenarioTest.seed(database, scenario.resolve("seed.sql"));
                dialects.add(bench.dialect().dialect());
            }
            MultiDialectMigration migration = new MultiDialectGenerator().generate(dialects,
                    ScenarioHints.read(scenario, sides.get(dialects.get(0)).after()), (dialect, options) -> {
                        Side side = sides.get(dialect);
                        try {
                            return side.bench().generate(side.after().schema(),
                                    ScenarioHints.read(scenario, side.after()));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
            for (GeneratedMigration each : migration.migrations()) {
                String dialect = each.dialect().name().toLowerCase(Locale.ROOT);
                assertThat(GoldenFile.format(each.up(), each.down()))
                        .as("SQL of " + dialect + " in the class carrying " + dialects + ", against its golden file")
                        .isEqualTo(Files.readString(scenario.resolve("expected/" + dialect + ".sql")));
            }
            Migration written = written(migration, work.resolve(name + "/migration"));
            for (GeneratedMigration each : migration.migrations()) {
                Side side = sides.get(each.dialect());
                List<Migration> migrations = List.of(side.creation(), written);
                migrator(side.database(), migrations).migrate();
                assertThat(side.bench().diff(side.after().schema())).as("diff after up on " + each.dialect())
                        .isEmpty();
                ScenarioHints.verify(side.database(), scenario.resolve("verify-up.sql"));
                ScenarioTest.rollBack(side.database(), migrations, each);
                assertThat(side.bench().diff(side.before())).as("diff after down on " + each.dialect()).isEmpty();
                ScenarioHints.verify(side.database(), scenario.resolve("verify-down.sql"));
            }
        } finally {
            for (Side side : sides.values()) {
                try (TestDatabase database = side.database()) {
                    side.dropServerWideSchemas();
                }
            }
        }
    }

    /** The refusing dialect refuses as its golden file says, so skipping it hides nothing else. */
    private static void assertRefused(Path scenario, TestDatabase.Kind kind, SchemaWorkbench bench, Path before,
                                      Path after) throws IOException {
        String expected = Files.readString(scenario.resolve("expected/" + name(kind) + ".refused")).strip();
        assertThatThrownBy(() -> {
            bench.desiredModel(before, "scenario");
            bench.desiredModel(after, "scenario");
        }).isInstanceOfAny(MappingException.class, NameCollisionException.class).hasMessageStartingWith(expected);
    }

    /** The one class for every dialect, written and compiled as {@code generate} writes it. */
    private static Migration written(MultiDialectMigration migration, Path sourceRoot) {
        GeneratedMigration primary = migration.primary();
        MigrationSpec spec = new MigrationSpec("2", "ScenarioStep", "scenario step 2", Instant.EPOCH,
                primary.plan().up(), migration.up(), migration.down(), primary.reviews())
                .withDialectChanges(migration.differingChanges());
        new MigrationWriter().write(spec, sourceRoot, "scenario.migrations");
        List<Migration> loaded = new MigrationLoader().load(List.of(sourceRoot), Optional.of("scenario.migrations"));
        assertThat(loaded).hasSize(1);
        Migration written = loaded.get(0);
        migration.migrations().forEach(each -> assertThat(steps(written, each.dialect()))
                .as("steps on " + each.dialect()).isEqualTo(steps(each)));
        return written;
    }

    /** The up steps a migration gives a dialect. */
    private static List<ScriptStep> steps(Migration migration, Dialect dialect) {
        Script script = new Script();
        migration.up(script);
        return script.stepsFor(dialect);
    }

    /** The up steps the renderer's statements make, applied as the scenario's own {@link SqlMigration} does. */
    private static List<ScriptStep> steps(GeneratedMigration generated) {
        return steps(new SqlMigration("2", "steps", generated.dialect(), generated.upStatements(),
                generated.downStatements()), generated.dialect());
    }

    private static Migrator migrator(TestDatabase database, List<Migration> migrations) {
        return Migrator.builder(database.dataSource()).migrations(migrations).build();
    }
}
