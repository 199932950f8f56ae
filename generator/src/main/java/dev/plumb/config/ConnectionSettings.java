package dev.plumb.config;

import dev.plumb.dialect.DatabaseBusyException;
import dev.plumb.dialect.Dialects;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * How to reach the database. Opens {@link java.sql.DriverManager} connections (the PostgreSQL and H2 drivers are on
 * the classpath) through {@link DatabaseOpening}, which waits while another process has an embedded database open,
 * and turns a failure to connect into a {@link DatabaseUnavailableException} that names the URL without its
 * password.
 */
public record ConnectionSettings(String url, Optional<String> user, Optional<String> password, OpenWait openWait) {

    /** Default wait while another process has an embedded database open: a minute, reported nowhere. */
    public static final OpenWait DEFAULT_WAIT = new OpenWait(Duration.ofSeconds(60), line -> { });

    public ConnectionSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(openWait, "openWait");
    }

    public ConnectionSettings(String url, Optional<String> user, Optional<String> password) {
        this(url, user, password, DEFAULT_WAIT);
    }

    /**
     * How long {@link #connect()} waits while another process has the database open (an embedded H2 file
     * database), and who hears about the wait.
     */
    public record OpenWait(Duration timeout, Consumer<String> listener) {
    }

    /** These settings, waiting as {@code wait} says. */
    public ConnectionSettings waiting(OpenWait wait) {
        return new ConnectionSettings(url, user, password, wait);
    }

    /** The URL with any password in it masked: safe to print. */
    public String displayUrl() {
        return redactor().redact(url);
    }

    public Redactor redactor() {
        return Redactor.forPassword(password);
    }

    /** A new connection; the caller closes it. */
    public Connection connect() {
        requireSupportedUrl();
        Properties properties = new Properties();
        user.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        try {
            return DatabaseOpening.open(url, properties, openWait.timeout(), openWait.listener());
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot connect to " + displayUrl() + user.map(u -> " as " + u)
                    .orElse("") + ": " + oneLine(redactor().redact(e.getMessage()))
                    + " (check --url, --user and --password, or PLUMB_URL / PLUMB_USER / PLUMB_PASSWORD)", e);
        } catch (DatabaseBusyException e) {
            throw new DatabaseUnavailableException("cannot connect to " + displayUrl() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses, as a configuration error, a URL no driver in Plumb accepts: {@code DriverManager} would only say
     * {@code No suitable driver found}, which reads like a network failure. A URL without {@code jdbc:} (such as
     * {@code postgres://host/db}, the libpq form) is the common case.
     */
    private void requireSupportedUrl() {
        String supported = "Plumb supports " + Dialects.supportedUrls() + "; fix --url (or PLUMB_URL, or url in "
                + "plumb.properties)";
        if (!url.regionMatches(true, 0, "jdbc:", 0, "jdbc:".length())) {
            throw new ConfigException(displayUrl() + " is not a JDBC URL: it must start with jdbc:. " + supported);
        }
        try {
            DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw new ConfigException("Plumb has no driver for " + displayUrl() + ". " + supported, e);
        }
    }

    /** A non-pooling data source over {@link #connect()}, for the runtime's {@code Migrator}. */
    public DataSource dataSource() {
        return new SettingsDataSource(this);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[url=" + displayUrl() + ", user=" + user.orElse("") + ", password="
                + (password.isPresent() ? Redactor.MASK : "") + "]";
    }

    private static String oneLine(String message) {
        return message == null ? "no message from the driver" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** The smallest {@link DataSource}: every call opens a new connection with the settings. */
    private record SettingsDataSource(ConnectionSettings settings) implements DataSource {

        @Override
        public Connection getConnection() {
            return settings.connect();
        }

        @Override
        public Connection getConnection(String username, String password) {
            return new ConnectionSettings(settings.url(), Optional.ofNullable(username), Optional.ofNullable(password),
                    settings.openWait()).connect();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no logging: errors surface as exceptions
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // DriverManager's global login timeout is left alone: this data source has no state of its own
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new SQLException("not a wrapper for " + type.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return type.isInstance(this);
        }

        @Override
        public String toString() {
            return settings.toString();
        }
    }
}
