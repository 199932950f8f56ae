package dev.plumb.runtime.process;

import dev.plumb.runtime.MigrationException;
import dev.plumb.runtime.MigrationReport;
import dev.plumb.runtime.Migrator;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A small application that migrates at start-up: {@code MigrateProcess URL USER SCENARIO}, the password in
 * {@code PLUMB_PASSWORD}. Prints one line per applied migration; exits 0, or 6 with the message on stderr.
 */
public final class MigrateProcess {

    private MigrateProcess() {
    }

    public static void main(String[] args) {
        DataSource dataSource = new UrlDataSource(args[0], args[1], System.getenv().getOrDefault("PLUMB_PASSWORD", ""));
        Migrator migrator = Migrator.builder(dataSource).migrations(ProcessScenarios.migrations(args[2]))
                .lockTimeout(Duration.ofSeconds(120)).installedBy("process-" + ProcessHandle.current().pid()).build();
        try {
            MigrationReport report = migrator.migrate();
            report.steps().forEach(step -> System.out.println("Applied " + step.version() + " ("
                    + step.duration().toMillis() + " ms)"));
            System.exit(0);
        } catch (MigrationException e) {
            System.err.println(e.getMessage());
            System.exit(6);
        }
    }

    /** A data source over {@link DriverManager}: a new connection each time. */
    private record UrlDataSource(String url, String user, String password) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String username, String pass) throws SQLException {
            return DriverManager.getConnection(url, username, pass);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
