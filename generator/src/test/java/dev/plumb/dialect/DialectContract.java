package dev.plumb.dialect;

import dev.plumb.testsupport.TestDatabase;

import java.util.function.Supplier;

/**
 * What the part contracts ({@link InspectorContract}, {@link NormalizerContract}, {@link RendererContract}) are run
 * against: one dialect and fresh databases of it, given by the dialect's subclass in its constructor.
 */
public abstract class DialectContract {

    private final SqlDialect dialect;
    private final Supplier<TestDatabase> database;

    /**
     * @param dialect  the dialect under test
     * @param database a fresh, empty database of that dialect, closed (and dropped) by the test
     */
    protected DialectContract(SqlDialect dialect, Supplier<TestDatabase> database) {
        this.dialect = dialect;
        this.database = database;
    }

    protected final SqlDialect dialect() {
        return dialect;
    }

    protected final TestDatabase database() {
        return database.get();
    }
}
