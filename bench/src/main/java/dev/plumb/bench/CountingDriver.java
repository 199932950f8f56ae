package dev.plumb.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A JDBC driver in front of the real ones that counts catalog reads ({@link CatalogReads}) without changing what
 * the tool sees. Two ways in: {@link #install()} puts it first in {@link DriverManager}, so it answers every URL a
 * real driver accepts and a tool that connects through {@code DriverManager} is counted with its own URLs; a tool
 * that picks a driver class from the URL's sub-protocol (Hibernate's connection provider, Liquibase) is given
 * {@code jdbc:counting:postgresql://...} instead, which no real driver claims, so it falls back to
 * {@code DriverManager} (or takes this class by name: it has a public no-argument constructor). Either way the
 * tool's dialect detection and {@code DatabaseMetaData} see the real driver's answers. The connection, its
 * statements and its metadata are {@link Proxy proxies}; the driver's internal queries behind a metadata call do
 * not pass through them, so each metadata call counts once.
 */
public final class CountingDriver implements Driver {

    /** The prefix that names this driver: {@code jdbc:counting:postgresql://...} counts jdbc:postgresql://... */
    static final String PREFIX = "jdbc:counting:";

    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate");
    private static final Set<String> EXECUTE_BATCH = Set.of("executeBatch", "executeLargeBatch");

    public CountingDriver() {
        // the real drivers are looked up in DriverManager on each call: see real()
    }

    /**
     * Loads the drivers on the classpath, then registers this one ahead of them (re-registering them after it),
     * because {@link DriverManager} asks its drivers in registration order.
     */
    static void install() throws SQLException {
        List<Driver> drivers = Collections.list(DriverManager.getDrivers());
        for (Driver driver : drivers) {
            DriverManager.deregisterDriver(driver);
        }
        DriverManager.registerDriver(new CountingDriver());
        for (Driver driver : drivers) {
            DriverManager.registerDriver(driver);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Driver driver = real(url);
        Connection connection = driver == null ? null : driver.connect(realUrl(url), info);
        return connection == null ? null : wrap(Connection.class, connection, null, null);
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return real(url) != null;
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        Driver driver = real(url);
        return driver == null ? new DriverPropertyInfo[0] : driver.getPropertyInfo(realUrl(url), info);
    }

    /** The first registered real driver that accepts the URL (without this driver's prefix), or null. */
    private static Driver real(String url) throws SQLException {
        if (url == null) {
            return null;
        }
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (!(driver instanceof CountingDriver) && driver.acceptsURL(realUrl(url))) {
                return driver;
            }
        }
        return null;
    }

    private static String realUrl(String url) {
        return url.startsWith(PREFIX) ? "jdbc:" + url.substring(PREFIX.length()) : url;
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    private static <T> T wrap(Class<T> type, Object target, Connection owner, String sql) {
        Counted handler = new Counted(target, owner, sql);
        T proxy = type.cast(Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] {type},
                handler));
        if (owner == null) {
            handler.owner = (Connection) proxy;
        }
        return proxy;
    }

    private static Class<? extends Statement> statementType(Object statement) {
        if (statement instanceof CallableStatement) {
            return CallableStatement.class;
        }
        return statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    }

    /**
     * One proxied object: a connection (hands out proxied statements and metadata), a statement (counts what it
     * executes; {@code sql} is a prepared statement's text) or a metadata object (counts result-set methods).
     */
    private static final class Counted implements InvocationHandler {

        private final Object target;
        private final String sql;
        private Connection owner;
        private String firstBatched;

        Counted(Object target, Connection owner, String sql) {
            this.target = target;
            this.owner = owner;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("getConnection") && method.getParameterCount() == 0) {
                return owner;
            }
            count(method, args);
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (target instanceof Connection && result instanceof Statement statement) {
                return wrap(statementType(statement), statement, owner,
                        args != null && args.length > 0 && args[0] instanceof String text ? text : null);
            }
            if (result instanceof DatabaseMetaData metaData) {
                return wrap(DatabaseMetaData.class, metaData, owner, null);
            }
            return result;
        }

        private void count(Method method, Object[] args) {
            String name = method.getName();
            if (target instanceof DatabaseMetaData && ResultSet.class.isAssignableFrom(method.getReturnType())) {
                CatalogReads.metadataCall(name);
            } else if (target instanceof Statement && EXECUTE.contains(name)) {
                CatalogReads.statement(args != null && args.length > 0 && args[0] instanceof String text
                        ? text : sql);
            } else if (target instanceof Statement && name.equals("addBatch")) {
                if (firstBatched == null) {
                    firstBatched = args != null && args.length > 0 ? (String) args[0] : sql;
                }
            } else if (target instanceof Statement && EXECUTE_BATCH.contains(name)) {
                CatalogReads.statement(firstBatched);
                firstBatched = null;
            }
        }
    }
}
