package dev.plumb.scenario;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.Index;
import dev.plumb.model.PrimaryKey;
import dev.plumb.model.Schema;
import dev.plumb.model.SqlExpression;
import dev.plumb.model.Table;
import dev.plumb.model.UniqueConstraint;
import dev.plumb.reader.DatabaseTarget;
import dev.plumb.reader.HibernateSchemaValidation;
import dev.plumb.runtime.Migrator;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The oracle suite over the mapping-coverage model, on PostgreSQL, H2 and MariaDB: (a) a database built by Hibernate's own
 * export has no changes; (b) Plumb's migration from an empty database builds the same catalog as Hibernate's export
 * (columns, types, nullability, defaults, constraints, indexes; on PostgreSQL names included) and passes Hibernate's
 * own schema validation; (c) generating again finds nothing, and rolling back leaves an empty database.
 */
@Tag("slow")
class MappingCoverageOracleTest {

    /** H2's names for constraints nobody named; they count up per database, so two databases differ in them. */
    private static final Pattern H2_GENERATED = Pattern.compile("CONSTRAINT_[0-9A-F]+");
    /** MariaDB's names for checks nobody named, and Hibernate's hash names of unique keys. */
    private static final Pattern MARIADB_GENERATED = Pattern.compile("(?i)CONSTRAINT_[0-9]+|\"?UK[0-9a-z]{20,}\"?");

    static Stream<Arguments> models() {
        return Stream.of(CoverageModel.values()).flatMap(model -> model.kinds().stream()
                .map(kind -> Arguments.of(model, kind)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("models")
    void hibernateExportHasNoChanges(CoverageModel model, TestDatabase.Kind kind) throws Exception {
        try (TestDatabase hibernateDb = TestDatabase.create(kind)) {
            SchemaWorkbench bench = new SchemaWorkbench(hibernateDb);
            hibernateDb.execute(model.hibernateDdl(hibernateDb).toArray(String[]::new));

            Schema desired = bench.desired(CoverageModel.classpath(), model.entityPackage(), model.settings());

            assertThat(bench.diff(desired)).as("changes against Hibernate's own schema").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("models")
    void plumbMigrationBuildsHibernatesSchema(CoverageModel model, TestDatabase.Kind kind) throws Exception {
        try (TestDatabase hibernateDb = TestDatabase.create(kind); TestDatabase plumbDb = TestDatabase.create(kind)) {
            SchemaWorkbench hibernateBench = new SchemaWorkbench(hibernateDb);
            hibernateDb.execute(model.hibernateDdl(hibernateDb).toArray(String[]::new));
            SchemaWorkbench bench = new SchemaWorkbench(plumbDb);
            Schema desired = bench.desired(CoverageModel.classpath(), model.entityPackage(), model.settings());
            Migrator migrator = Migrator.builder(plumbDb.dataSource())
                    .migrations(List.of(bench.migration("1", bench.generate(desired))))
                    .build();

            migrator.migrate();

            assertThat(comparable(bench.current(desired), kind))
                    .as("Plumb's database against Hibernate's")
                    .isEqualTo(comparable(hibernateBench.current(desired), kind));
            try (Connection connection = plumbDb.connect()) {
                DatabaseTarget target = CoverageModel.target(connection);
                assertThatCode(() -> new HibernateSchemaValidation().validate(model.source(), target, connection))
                        .as("Hibernate's validate").doesNotThrowAnyException();
            }
            assertThat(bench.diff(desired)).as("generate again").isEmpty();
            migrator.rollback(1);
            assertThat(bench.current(desired).isEmpty()).as("empty again after rollback").isTrue();
        }
    }

    /**
     * The application's own start-up as the oracle: Hibernate's {@code EntityManagerFactory} creates the schema (with
     * everything it runs at boot: column ordering, Bean Validation), Plumb sees no change there, and Plumb's migration
     * from empty builds the same catalog, key column order included.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("models")
    void schemaCreatedAtApplicationStartHasNoChangesAndEqualsPlumbs(CoverageModel model, TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase hibernateDb = TestDatabase.create(kind); TestDatabase plumbDb = TestDatabase.create(kind)) {
            HibernateRuntimeExport.create(hibernateDb, CoverageModel.classpath(), model.entityPackage(),
                    model.settings());
            SchemaWorkbench hibernateBench = new SchemaWorkbench(hibernateDb);
            Schema desired = hibernateBench.desired(CoverageModel.classpath(), model.entityPackage(),
                    model.settings());
            assertThat(hibernateBench.diff(desired)).as("changes against the schema Hibernate created at start-up")
                    .isEmpty();

            SchemaWorkbench bench = new SchemaWorkbench(plumbDb);
            Migrator.builder(plumbDb.dataSource())
                    .migrations(List.of(bench.migration("1", bench.generate(desired))))
                    .build()
                    .migrate();
            assertThat(comparable(bench.current(desired), kind))
                    .as("Plumb's database against the one Hibernate created at start-up")
                    .isEqualTo(comparable(hibernateBench.current(desired), kind));
            assertThat(expressionTexts(bench.current(desired)))
                    .as("check and default texts as the catalog stores them (not only their canonical forms)")
                    .isEqualTo(expressionTexts(hibernateBench.current(desired)));
        }
    }

    /** Per table, the catalog's own text of every check and default, sorted: what the DDL put there. */
    private static Map<String, List<String>> expressionTexts(Schema schema) {
        Map<String, List<String>> texts = new TreeMap<>();
        for (Table table : schema.tables()) {
            Stream<String> checks = table.checks().stream().map(c -> c.expression().text());
            Stream<String> defaults = table.columns().stream().flatMap(c -> c.defaultExpression().stream())
                    .map(SqlExpression::text);
            texts.put(table.name().toString(), Stream.concat(checks, defaults).sorted().toList());
        }
        return texts;
    }

    /**
     * PostgreSQL's catalog as is; on H2 without the numbered names H2 gives unnamed constraints; on MariaDB without
     * the names nobody chose: {@code PRIMARY}, {@code CONSTRAINT_n}, a column's name (MariaDB's name for a
     * column-level check, which Hibernate writes, and for an inline unique key, which Plumb writes) and Hibernate's
     * {@code UK} hash names.
     */
    private static Schema comparable(Schema schema, TestDatabase.Kind kind) {
        if (kind == TestDatabase.Kind.POSTGRESQL) {
            return schema;
        }
        if (kind == TestDatabase.Kind.MARIADB) {
            return new Schema(schema.tables().stream().map(MappingCoverageOracleTest::withoutMariaDbNames).toList(),
                    schema.sequences());
        }
        return new Schema(schema.tables().stream().map(MappingCoverageOracleTest::withoutGeneratedNames).toList(),
                schema.sequences());
    }

    private static Table withoutGeneratedNames(Table table) {
        return new Table(table.name(), table.columns(),
                table.primaryKey().map(k -> new PrimaryKey(named(k.name()), k.columns())),
                table.uniqueConstraints().stream().map(u -> new UniqueConstraint(named(u.name()), u.columns())).toList(),
                table.foreignKeys().stream().map(f -> new ForeignKey(named(f.name()), f.columns(),
                        f.referencedTable(), f.referencedColumns(), f.onDelete())).toList(),
                table.checks().stream().map(c -> new CheckConstraint(named(c.name()), c.expression())).toList(),
                table.indexes().stream().map(i -> new Index(i.name(), i.columns(), i.unique())).toList());
    }

    private static Table withoutMariaDbNames(Table table) {
        Predicate<Optional<Identifier>> chosen = name -> name.isPresent()
                && !MARIADB_GENERATED.matcher(name.get().value()).matches()
                && table.column(name.get()).isEmpty();
        return new Table(table.name(), table.columns(),
                table.primaryKey().map(k -> new PrimaryKey(Optional.empty(), k.columns())),
                table.uniqueConstraints().stream().map(u -> new UniqueConstraint(
                        u.name().filter(n -> chosen.test(u.name())), u.columns())).toList(),
                table.foreignKeys(),
                table.checks().stream().map(c -> new CheckConstraint(c.name().filter(n -> chosen.test(c.name())),
                        c.expression())).toList(),
                table.indexes());
    }

    private static Optional<Identifier> named(Optional<Identifier> name) {
        return name.filter(n -> !H2_GENERATED.matcher(n.value()).matches() && !n.value().startsWith("PRIMARY_KEY"));
    }
}
