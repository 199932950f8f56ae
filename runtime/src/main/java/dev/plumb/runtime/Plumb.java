package dev.plumb.runtime;

import javax.sql.DataSource;
import java.util.List;

/**
 * The one-call start-up entry for applications:
 * <pre>{@code
 * Plumb.migrate(dataSource, "com.example.db.migrations");
 * }</pre>
 * finds the migrations of the package on the context class loader and applies the pending ones. For more options
 * (history table, lock timeout) use {@link #builder(DataSource, String)} or {@link Migrator#builder(DataSource)}
 * with {@link MigrationScanner}.
 */
public final class Plumb {

    private Plumb() {
    }

    /** Applies every pending migration of {@code migrationsPackage}; throws {@link MigrationException} on failure. */
    public static MigrationReport migrate(DataSource dataSource, String migrationsPackage) {
        return builder(dataSource, migrationsPackage).build().migrate();
    }

    /** A migrator builder already holding the migrations of {@code migrationsPackage}. */
    public static Migrator.Builder builder(DataSource dataSource, String migrationsPackage) {
        List<Migration> migrations = MigrationScanner.scan(migrationsPackage, classLoader());
        return Migrator.builder(dataSource).migrations(migrations);
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Plumb.class.getClassLoader();
    }
}
