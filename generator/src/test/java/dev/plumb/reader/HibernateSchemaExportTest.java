package dev.plumb.reader;

import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.Index;
import dev.plumb.model.Schema;
import dev.plumb.model.Sequence;
import dev.plumb.model.Table;
import dev.plumb.model.UniqueConstraint;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.plumb.reader.ReaderFixtures.H2;
import static dev.plumb.reader.ReaderFixtures.POSTGRES;
import static dev.plumb.reader.ReaderFixtures.fixtures;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate's own DDL runs on real databases, and what it creates carries the names the reader predicted: the
 * tables, the foreign-key names, the named unique constraints, the indexes and the sequences.
 */
class HibernateSchemaExportTest {

    private static final String PG_FK_NAMES = "select constraint_name from information_schema.table_constraints"
            + " where table_schema = current_schema() and constraint_type = 'FOREIGN KEY'";
    private static final String PG_UNIQUE_NAMES = "select constraint_name from information_schema.table_constraints"
            + " where table_schema = current_schema() and constraint_type = 'UNIQUE'";
    private static final String PG_TABLES = "select table_name from information_schema.tables"
            + " where table_schema = current_schema() and table_type = 'BASE TABLE'";
    private static final String PG_INDEXES = "select indexname from pg_indexes where schemaname = current_schema()";
    private static final String PG_SEQUENCES = "select sequence_name from information_schema.sequences"
            + " where sequence_schema = current_schema()";

    private static final String H2_FK_NAMES = "select constraint_name from information_schema.table_constraints"
            + " where table_schema = 'PUBLIC' and constraint_type = 'FOREIGN KEY'";
    private static final String H2_UNIQUE_NAMES = "select constraint_name from information_schema.table_constraints"
            + " where table_schema = 'PUBLIC' and constraint_type = 'UNIQUE'";
    private static final String H2_TABLES = "select table_name from information_schema.tables"
            + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'";
    private static final String H2_INDEXES = "select index_name from information_schema.indexes"
            + " where table_schema = 'PUBLIC'";
    private static final String H2_SEQUENCES = "select sequence_name from information_schema.sequences"
            + " where sequence_schema = 'PUBLIC'";

    @Test
    void statementsHaveNoDelimiterAndCoverEveryObject() {
        List<String> statements = new HibernateSchemaExport().createStatements(fixtures(), POSTGRES);
        assertThat(statements).noneMatch(s -> s.endsWith(";"));
        assertThat(statements).contains("create sequence order_seq start with 1 increment by 50");
        assertThat(statements).anyMatch(s -> s.startsWith("create table \"order\" ("));
        assertThat(statements).anyMatch(s -> s.startsWith("create index idx_order_placed on \"order\""));
        assertThat(statements).filteredOn(s -> s.contains(" foreign key ")).hasSize(5);
    }

    @Test
    void postgresCreatesWhatTheReaderPredicts() throws SQLException {
        try (TestDatabase db = TestDatabase.postgres()) {
            db.execute(new HibernateSchemaExport().createStatements(fixtures(), POSTGRES).toArray(String[]::new));
            Schema expected = new HibernateModelReader().read(fixtures(), POSTGRES);
            try (Connection connection = db.connect()) {
                assertThat(names(connection, PG_TABLES)).isEqualTo(tableNames(expected));
                assertThat(names(connection, PG_FK_NAMES)).isEqualTo(foreignKeyNames(expected));
                assertThat(names(connection, PG_UNIQUE_NAMES)).containsAll(namedUniqueConstraints(expected));
                assertThat(names(connection, PG_INDEXES)).containsAll(indexNames(expected));
                assertThat(names(connection, PG_SEQUENCES)).containsAll(sequenceNames(expected));
            }
        }
    }

    @Test
    void h2CreatesWhatTheReaderPredicts() throws SQLException {
        try (TestDatabase db = TestDatabase.h2()) {
            db.execute(new HibernateSchemaExport().createStatements(fixtures(), H2).toArray(String[]::new));
            Schema expected = new HibernateModelReader().read(fixtures(), H2);
            try (Connection connection = db.connect()) {
                assertThat(names(connection, H2_TABLES)).isEqualTo(tableNames(expected));
                assertThat(names(connection, H2_FK_NAMES)).isEqualTo(foreignKeyNames(expected));
                assertThat(names(connection, H2_UNIQUE_NAMES)).containsAll(namedUniqueConstraints(expected));
                assertThat(names(connection, H2_INDEXES)).containsAll(indexNames(expected));
                assertThat(names(connection, H2_SEQUENCES)).isEqualTo(sequenceNames(expected));
            }
        }
    }

    private static Set<String> names(Connection connection, String query) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static Set<String> tableNames(Schema schema) {
        return schema.tables().stream().map(t -> t.name().name().value()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> sequenceNames(Schema schema) {
        return schema.sequences().stream().map(s -> s.name().name().value())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> foreignKeyNames(Schema schema) {
        return fromTables(schema, t -> t.foreignKeys().stream().map(ForeignKey::name).toList());
    }

    private static Set<String> namedUniqueConstraints(Schema schema) {
        return fromTables(schema, t -> t.uniqueConstraints().stream().map(UniqueConstraint::name).toList());
    }

    private static Set<String> indexNames(Schema schema) {
        return fromTables(schema, t -> t.indexes().stream().map(Index::name).map(Optional::of).toList());
    }

    private static Set<String> fromTables(Schema schema, Function<Table, List<Optional<Identifier>>> names) {
        List<String> all = new ArrayList<>();
        for (Table table : schema.tables()) {
            names.apply(table).forEach(name -> name.map(Identifier::value).ifPresent(all::add));
        }
        assertThat(all).doesNotHaveDuplicates();
        return new TreeSet<>(all);
    }

    @Test
    void sequenceNamesAreNotEmpty() {
        // guards the set comparisons above against passing on an empty model
        Schema schema = new HibernateModelReader().read(fixtures(), H2);
        assertThat(schema.sequences()).extracting(Sequence::name).isNotEmpty();
        assertThat(foreignKeyNames(schema)).hasSize(5);
        assertThat(namedUniqueConstraints(schema)).hasSize(1);
        assertThat(indexNames(schema)).hasSize(1);
    }
}
