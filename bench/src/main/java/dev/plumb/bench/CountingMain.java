package dev.plumb.bench;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs another program's {@code main} with {@link CountingDriver} in front of the JDBC drivers and writes its
 * {@link CatalogReads} to the file named by the system property {@value #FILE_PROPERTY} when the JVM exits (a
 * shutdown hook, so that a tool ending with {@code System.exit} is counted too).
 *
 * <p>Arguments: {@code MAIN_CLASS [ARGS...]}. {@link CatalogReadRun} builds such a command from a tool's own.
 */
public final class CountingMain {

    static final String FILE_PROPERTY = "plumb.bench.catalog-reads";

    private CountingMain() {
    }

    public static void main(String[] args) throws Throwable {
        Path file = Path.of(System.getProperty(FILE_PROPERTY));
        CountingDriver.install();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> CatalogReads.write(file)));
        try {
            Class.forName(args[0]).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
