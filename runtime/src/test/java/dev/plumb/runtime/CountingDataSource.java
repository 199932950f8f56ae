package dev.plumb.runtime;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Wraps a real data source and records, per connection opened, the SQL executed on it, so a test can check how
 * many round trips the migrator makes. Every call still goes to the real database.
 */
final class CountingDataSource {

    /** One list of executed SQL per connection, in the order the connections were opened. */
    final List<List<String>> connections = new CopyOnWriteArrayList<>();

    private final DataSource target;

    CountingDataSource(DataSource target) {
        this.target = target;
    }

    DataSource dataSource() {
        return proxy(DataSource.class, target, (method, args, result) -> {
            if (method.getName().equals("getConnection")) {
                List<String> log = new CopyOnWriteArrayList<>();
                connections.add(log);
                return proxy(Connection.class, result, (m, a, r) -> wrapStatement(m, a, r, log));
            }
            return result;
        });
    }

    private static Object wrapStatement(Method method, Object[] args, Object result, List<String> log) {
        if (result instanceof Statement statement) {
            String prepared = method.getName().equals("prepareStatement") ? (String) args[0] : null;
            Class<? extends Statement> type = method.getName().equals("prepareStatement")
                    ? java.sql.PreparedStatement.class : Statement.class;
            return proxy(type, statement, (m, a, r) -> {
                if (m.getName().startsWith("execute")) {
                    log.add(prepared != null ? prepared : String.valueOf(a[0]));
                }
                return r;
            });
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, After after) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** Sees a call's result and may replace it. */
    @FunctionalInterface
    private interface After {
        Object apply(Method method, Object[] args, Object result) throws Exception;
    }
}
