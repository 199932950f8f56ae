package dev.plumb.dialect;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a connection and counts the statements created on it (prepareStatement, createStatement, prepareCall). */
public final class QueryCounter {

    private static final Set<String> STATEMENT_FACTORIES = Set.of("prepareStatement", "createStatement",
            "prepareCall");

    private final AtomicInteger count = new AtomicInteger();
    private final Connection connection;

    public QueryCounter(Connection target) {
        this.connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (STATEMENT_FACTORIES.contains(method.getName())) {
                        count.incrementAndGet();
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    public Connection connection() {
        return connection;
    }

    public int count() {
        return count.get();
    }
}
