package dev.plumb.dialect;

import dev.plumb.model.DialectFeatures;
import dev.plumb.runtime.Dialect;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each dialect's features, checked against the real database: what the rest of Plumb decides from them (transactions,
 * name lengths) must be what the database does.
 */
class DialectFeaturesTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void transactionalDdlIsWhatARollbackDoes(TestDatabase.Kind kind) throws SQLException {
        DialectFeatures features = features(kind);
        try (TestDatabase db = TestDatabase.create(kind); Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table probe (id int)");
            }
            connection.rollback();
            assertThat(tableExists(connection, "probe")).as("table kept after rollback")
                    .isEqualTo(!features.transactionalDdl());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theMaximumIdentifierLengthIsTheLongestNameKeptWhole(TestDatabase.Kind kind) throws SQLException {
        DialectFeatures features = features(kind);
        int limit = features.maxIdentifierLength().limit();
        List<String> names = List.of("a".repeat(limit), "b".repeat(limit + 1), "\u00e9".repeat(limit / 2 + 1));
        try (TestDatabase db = TestDatabase.create(kind); Connection connection = db.connect()) {
            for (String name : names) {
                assertThat(keptWhole(connection, Dialects.of(Dialect.valueOf(kind.name())).orElseThrow(), name)).as(kind + ": " + name.length() + " characters, "
                        + features.maxIdentifierLength()).isEqualTo(features.maxIdentifierLength().fits(name));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aStatementRunsInATransactionExactlyWhenTheFeaturesSaySo(TestDatabase.Kind kind) throws SQLException {
        DialectFeatures features = features(kind);
        List<String> statements = kind == TestDatabase.Kind.POSTGRESQL
                ? List.of("create index probe_plain on probe (id)", "create index concurrently probe_c on probe (id)")
                : List.of("create index probe_plain on probe (id)");
        try (TestDatabase db = TestDatabase.create(kind); Connection connection = db.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table probe (id int)");
            }
            connection.setAutoCommit(false);
            for (String sql : statements) {
                boolean ran;
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                    ran = true;
                } catch (SQLException e) {
                    ran = false;
                }
                connection.rollback();
                assertThat(ran).as(kind + ": " + sql).isEqualTo(features.runsInTransaction(sql));
            }
            assertThat(statements.stream().anyMatch(sql -> !features.runsInTransaction(sql)))
                    .as("some statement cannot run in a transaction")
                    .isEqualTo(!features.nonTransactionalStatements().isEmpty());
        }
    }

    private static DialectFeatures features(TestDatabase.Kind kind) {
        return Dialects.of(Dialect.valueOf(kind.name())).orElseThrow().features();
    }

    /** Creates a table with the name quoted as the dialect quotes and reports whether the catalog holds exactly it. */
    private static boolean keptWhole(Connection connection, SqlDialect dialect, String name) throws SQLException {
        String quoted = dialect.renderer().quote(new dev.plumb.model.Identifier(name));
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table " + quoted + " (id int)");
        } catch (SQLException refused) {
            return false;
        }
        return tableExists(connection, name);
    }

    private static boolean tableExists(Connection connection, String name) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, null,
                new String[] {"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }
    }
}
