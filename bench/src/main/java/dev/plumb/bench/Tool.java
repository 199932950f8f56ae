package dev.plumb.bench;

import dev.plumb.runtime.Dialect;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.Migrator;
import dev.plumb.runtime.Script;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One migration tool applying the same {@code count} small migrations ({@code create table t_N (id int)}): Plumb
 * from migration objects, Flyway from SQL files in a directory (its usual form).
 */
enum Tool {
    PLUMB, FLYWAY;

    static String sql(int i) {
        return "create table t_" + i + " (id int)";
    }

    /** Migrates the database at {@code url} and returns how many migrations ran. */
    int migrate(String url, String user, String password, int count) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        if (this == PLUMB) {
            return Migrator.builder(dataSource).migrations(plumbMigrations(count)).build().migrate().steps().size();
        }
        return Flyway.configure().dataSource(dataSource).locations("filesystem:" + flywayDirectory(count))
                .load().migrate().migrationsExecuted;
    }

    private static List<Migration> plumbMigrations(int count) {
        List<Migration> migrations = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int n = i;
            migrations.add(new Migration() {
                @Override
                public String version() {
                    return Integer.toString(n);
                }

                @Override
                public String description() {
                    return "step " + n;
                }

                @Override
                public void up(Script script) {
                    script.on(Dialect.POSTGRESQL, sql(n));
                }

                @Override
                public void down(Script script) {
                    script.on(Dialect.POSTGRESQL, "drop table t_" + n);
                }
            });
        }
        return migrations;
    }

    /** The Flyway SQL files, written once per count into the temp directory. */
    private static Path flywayDirectory(int count) {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "plumb-bench-flyway-" + count);
        try {
            if (!Files.isDirectory(directory)) {
                Path temp = Files.createTempDirectory("plumb-bench");
                for (int i = 1; i <= count; i++) {
                    Files.writeString(temp.resolve("V" + i + "__step_" + i + ".sql"), sql(i) + ";\n");
                }
                Files.move(temp, directory);
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
