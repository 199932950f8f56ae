package dev.plumb.scenario;

import dev.plumb.model.Schema;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.Migrator;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index or unique constraint on a foreign key's columns, added to or dropped from an existing table. On MariaDB a
 * foreign key moves to such an index made after it, and InnoDB drops the index it had made for it
 * (<a href="https://mariadb.com/kb/en/foreign-keys/">foreign keys</a>): the down of "add unique (parent_id)" then
 * failed with "Cannot drop index 'uk_node_parent': needed in a foreign key constraint" (property case 142 of seed
 * 20261123). On every dialect: up applies, the next diff is empty, down restores the schema before.
 */
class ForeignKeyIndexTest {

    private static final String PLAIN = "@Table(name = \"node\")";
    private static final String UNIQUE = "@Table(name = \"node\", uniqueConstraints = @UniqueConstraint("
            + "name = \"uk_node_parent\", columnNames = \"parent_id\"))";
    private static final String INDEXED = "@Table(name = \"node\", indexes = @Index(name = \"ix_node_parent\", "
            + "columnList = \"parent_id, id\"))";

    @TempDir
    Path work;

    static Stream<Arguments> evolutions() {
        List<Arguments> arguments = new ArrayList<>();
        for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
            arguments.add(Arguments.of(kind, "unique added", PLAIN, UNIQUE));
            arguments.add(Arguments.of(kind, "index added", PLAIN, INDEXED));
            arguments.add(Arguments.of(kind, "unique dropped", UNIQUE, PLAIN));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("evolutions")
    void upAppliesAndDownRestores(TestDatabase.Kind kind, String what, String before, String after)
            throws Exception {
        try (TestDatabase database = TestDatabase.create(kind)) {
            SchemaWorkbench bench = new SchemaWorkbench(database);
            Schema a = bench.desired(compile("a", before), "a", Map.of());
            Schema b = bench.desired(compile("b", after), "b", Map.of());
            List<Migration> migrations = new ArrayList<>();
            migrations.add(bench.migration("1", bench.generate(a)));
            migrator(database, migrations).migrate();
            Schema beforeUp = EvolutionPropertyTest.comparable(bench.current(a));

            migrations.add(bench.migration("2", bench.generate(b)));
            migrator(database, migrations).migrate();
            assertThat(bench.diff(b)).as("diff after up").isEmpty();

            migrator(database, migrations).rollback(1);
            assertThat(EvolutionPropertyTest.comparable(bench.current(a))).as("schema after down")
                    .isEqualTo(beforeUp);
        }
    }

    private Path compile(String pkg, String table) throws IOException {
        Path sources = Files.createDirectories(work.resolve(pkg + "-src/" + pkg));
        Files.writeString(sources.resolve("Node.java"), """
                package %s;

                import jakarta.persistence.*;

                @Entity
                %s
                public class Node {
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    Long id;

                    @ManyToOne
                    @JoinColumn(name = "parent_id", foreignKey = @ForeignKey(name = "fk_node_parent"))
                    Node parent;
                }
                """.formatted(pkg, table));
        return EntityCompiler.compile(sources.getParent(), work.resolve(pkg + "-classes"));
    }

    private static Migrator migrator(TestDatabase database, List<Migration> migrations) {
        return Migrator.builder(database.dataSource()).migrations(migrations).build();
    }
}
