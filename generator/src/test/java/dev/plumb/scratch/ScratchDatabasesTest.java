package dev.plumb.scratch;

import dev.plumb.config.ConfigException;
import dev.plumb.config.ConnectionSettings;
import dev.plumb.runtime.Dialect;
import dev.plumb.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scratch databases made from the dialects' recipes: each is empty and usable, closing it drops it, and a request
 * that cannot work is one line naming the fix.
 */
class ScratchDatabasesTest {

    @Test
    void anH2ScratchDatabaseLivesInMemoryAndIsGoneOnceClosed() throws SQLException {
        String url;
        try (ScratchDatabase scratch = ScratchDatabases.create(ScratchRequest.of(Dialect.H2))) {
            url = scratch.settings().url();
            assertThat(scratch.description()).isEqualTo("H2 in memory");
            assertThat(scratch.dialect()).isEqualTo(Dialect.H2);
            useAndKeep(scratch);
        }
        // opening the URL again makes a new, empty database: the table went with the old one
        try (Connection connection = new ConnectionSettings(url, Optional.of("sa"), Optional.of("")).connect();
             Statement statement = connection.createStatement()) {
            assertThat(tableExists(connection, "KEPT")).isFalse();
            statement.execute("shutdown");
        }
    }

    @Test
    void aPostgresScratchDatabaseIsCreatedOnTheNamedServerAndDroppedOnClose() throws SQLException {
        try (TestDatabase server = TestDatabase.postgres()) {
            ScratchRequest request = new ScratchRequest(Dialect.POSTGRESQL, Optional.of(server.url()),
                    Optional.of(server.user()), Optional.of(server.password()));
            String name;
            try (ScratchDatabase scratch = ScratchDatabases.create(request)) {
                name = scratch.settings().url().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
                assertThat(name).startsWith("plumb_scratch_");
                assertThat(scratch.description()).startsWith("PostgreSQL at jdbc:postgresql://");
                assertThat(databaseExists(server, name)).isTrue();
                useAndKeep(scratch);
            }
            assertThat(databaseExists(server, name)).as("dropped on close").isFalse();
        }
    }

    @Test
    void aMariaDbScratchDatabaseIsCreatedOnTheNamedServerAndDroppedOnClose() throws SQLException {
        try (TestDatabase server = TestDatabase.mariadb()) {
            ScratchRequest request = new ScratchRequest(Dialect.MARIADB, Optional.of(server.url()),
                    Optional.of(server.user()), Optional.of(server.password()));
            String name;
            try (ScratchDatabase scratch = ScratchDatabases.create(request)) {
                name = scratch.settings().url().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
                assertThat(name).startsWith("plumb_scratch_");
                assertThat(scratch.description()).startsWith("MariaDB at jdbc:mariadb://");
                assertThat(mariaDbDatabaseExists(server, name)).isTrue();
                useAndKeep(scratch);
            }
            assertThat(mariaDbDatabaseExists(server, name)).as("dropped on close").isFalse();
        }
    }

    @Test
    void aMariaDbScratchDatabaseNeedsANamedServer() {
        assertThatThrownBy(() -> ScratchDatabases.create(ScratchRequest.of(Dialect.MARIADB)))
                .isInstanceOf(ScratchException.class)
                .hasMessage("MariaDB scratch databases need a server: name one with --scratch-url "
                        + "jdbc:mariadb://HOST:PORT/");
    }

    @Test
    void aScratchServerOfAnotherDatabaseIsAUsageErrorNamingTheUrlForm() {
        ScratchRequest request = new ScratchRequest(Dialect.POSTGRESQL, Optional.of("jdbc:h2:mem:elsewhere"),
                Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> ScratchDatabases.create(request)).isInstanceOf(ConfigException.class)
                .hasMessage("--scratch-url jdbc:h2:mem:elsewhere is not a PostgreSQL JDBC URL: use "
                        + "jdbc:postgresql://HOST:PORT/DATABASE");
    }

    @Test
    void anInMemoryDialectIgnoresAScratchServer() {
        ScratchRequest request = new ScratchRequest(Dialect.H2, Optional.of("jdbc:postgresql://nowhere/x"),
                Optional.empty(), Optional.empty());

        try (ScratchDatabase scratch = ScratchDatabases.create(request)) {
            assertThat(scratch.settings().url()).startsWith("jdbc:h2:mem:plumb_scratch_");
        }
    }

    @Test
    void aDatabaseWithoutScratchSupportNamesTheSupportedOnes() {
        assertThatThrownBy(() -> ScratchDatabases.create(ScratchRequest.of(Dialect.MYSQL)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Plumb has no scratch database for MySQL yet: use --dialect postgresql or h2 or mariadb");
    }

    @Test
    void recognisesTheDialectOfAUrlByItsSubProtocolInAnyCase() {
        assertThat(ScratchDatabases.dialectOfUrl("jdbc:postgresql://localhost:5432/app")).contains(Dialect.POSTGRESQL);
        assertThat(ScratchDatabases.dialectOfUrl("JDBC:H2:mem:test")).contains(Dialect.H2);
        assertThat(ScratchDatabases.dialectOfUrl("jdbc:mariadb://localhost/app")).contains(Dialect.MARIADB);
        assertThat(ScratchDatabases.dialectOfUrl("jdbc:mysql://localhost/app")).isEmpty();
        assertThat(ScratchDatabases.dialectOfUrl("postgres://localhost/app")).isEmpty();
    }

    private static void useAndKeep(ScratchDatabase scratch) throws SQLException {
        try (Connection connection = scratch.settings().connect();
             Statement statement = connection.createStatement()) {
            assertThat(tableExists(connection, "KEPT")).as("starts empty").isFalse();
            statement.execute("create table kept (id int primary key)");
            statement.execute("insert into kept values (1)");
            assertThat(tableExists(connection, "KEPT")).isTrue();
        }
    }

    /** Through {@code information_schema}, which every supported database has. */
    private static boolean tableExists(Connection connection, String name) throws SQLException {
        return exists(connection, "select 1 from information_schema.tables where lower(table_name) = lower(?)", name);
    }

    private static boolean databaseExists(TestDatabase server, String name) throws SQLException {
        try (Connection connection = server.connect()) {
            return exists(connection, "select 1 from pg_database where datname = ?", name);
        }
    }

    private static boolean mariaDbDatabaseExists(TestDatabase server, String name) throws SQLException {
        try (Connection connection = server.connect()) {
            return exists(connection, "select 1 from information_schema.schemata where schema_name = ?", name);
        }
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
