package dev.plumb.scenario;

import dev.plumb.diff.Backfills;
import dev.plumb.diff.RenameHints;
import dev.plumb.generate.GenerateOptions;
import dev.plumb.reader.EntityModel;
import dev.plumb.testsupport.TestDatabase;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional per-scenario files beyond the entities: {@code hints.properties} holds what a user would pass to
 * {@code generate} ({@code rename}, {@code rename-table}: comma-separated, as the CLI options take them;
 * {@code allow-data-loss=true}; every key starting with {@code backfill} is one {@code --backfill} value, since the
 * SQL may contain commas); {@code verify-up.sql} and {@code verify-down.sql} hold one query per line, each
 * returning one number that must not be zero after up (or down) ran, to check data, not just row counts;
 * {@code verify-up.<dialect>.sql} likewise on one dialect. {@code online=false}: the plain forms.
 */
final class ScenarioHints {

    private ScenarioHints() {
    }

    static GenerateOptions read(Path scenario, EntityModel after) throws IOException {
        Path file = scenario.resolve("hints.properties");
        Properties hints = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                hints.load(reader);
            }
        }
        RenameHints declared = RenameHints.parse(list(hints, "rename"), list(hints, "rename-table"));
        List<String> backfills = hints.stringPropertyNames().stream().filter(k -> k.startsWith("backfill")).sorted()
                .map(hints::getProperty).toList();
        return new GenerateOptions(declared.and(after.renames()), Backfills.parse(backfills),
                Boolean.parseBoolean(hints.getProperty("allow-data-loss", "false")))
                .withOnline(Boolean.parseBoolean(hints.getProperty("online", "true")));
    }

    /**
     * {@code verify-up.sql} (or {@code verify-down.sql}) on every dialect, then {@code verify-up.<dialect>.sql} on
     * that dialect only: catalog checks in its own terms ({@code pg_index.indisvalid}).
     */
    static void verify(TestDatabase database, Path scenario, String step, String dialect)
            throws IOException, SQLException {
        verify(database, scenario.resolve(step + ".sql"));
        verify(database, scenario.resolve(step + "." + dialect + ".sql"));
    }

    static void verify(TestDatabase database, Path queries) throws IOException, SQLException {
        if (!Files.exists(queries)) {
            return;
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String query : Files.readAllLines(queries)) {
                if (query.isBlank()) {
                    continue;
                }
                try (ResultSet rs = statement.executeQuery(query)) {
                    assertThat(rs.next()).as(query).isTrue();
                    assertThat(rs.getLong(1)).as(queries.getFileName() + ": " + query).isNotZero();
                }
            }
        }
    }

    private static List<String> list(Properties hints, String key) {
        String value = hints.getProperty(key, "");
        return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
