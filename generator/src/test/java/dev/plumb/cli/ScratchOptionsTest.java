package dev.plumb.cli;

import dev.plumb.config.ConfigException;
import dev.plumb.runtime.Dialect;
import dev.plumb.scratch.ScratchDatabases;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which server a dialect's scratch database goes to when {@code --scratch-url} names several, or one of another
 * dialect's kind: {@code check} over {@code dialects=postgresql,h2,mariadb} needs a MariaDB server (MariaDB has no
 * embedded one) while PostgreSQL may stay on its embedded server.
 */
class ScratchOptionsTest {

    private static final String POSTGRES = "jdbc:postgresql://db.example:5432/postgres";
    private static final String MARIADB = "jdbc:mariadb://db.example:3306/";

    @Test
    void eachDialectUsesTheServerOfItsKind() {
        ScratchOptions options = options(null, POSTGRES, MARIADB);

        assertThat(options.request(Dialect.POSTGRESQL, Map.of()).server()).contains(POSTGRES);
        assertThat(options.request(Dialect.MARIADB, Map.of()).server()).contains(MARIADB);
    }

    @Test
    void aServerOfAnotherDialectLeavesADialectToItsDefault() {
        ScratchOptions options = options(null, MARIADB);

        assertThat(options.request(Dialect.POSTGRESQL, Map.of()).server()).as("the embedded PostgreSQL").isEmpty();
        assertThat(options.request(Dialect.MARIADB, Map.of()).server()).contains(MARIADB);
    }

    @Test
    void theEnvironmentNamesSeveralServersSeparatedBySpaces() {
        Map<String, String> environment = Map.of(ScratchOptions.URL_ENV, " " + POSTGRES + "  " + MARIADB + " ");

        assertThat(options(null).request(Dialect.POSTGRESQL, environment).server()).contains(POSTGRES);
        assertThat(options(null).request(Dialect.MARIADB, environment).server()).contains(MARIADB);
    }

    /** {@code --dialect postgresql --scratch-url jdbc:mariadb:...} is a mistake, refused as before (exit 2). */
    @Test
    void aServerOfAnotherKindForTheOneNamedDialectIsRefused() {
        ScratchOptions options = options("postgresql", MARIADB);

        assertThatThrownBy(() -> ScratchDatabases.create(options.request(Dialect.POSTGRESQL, Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--scratch-url " + MARIADB + " is not a PostgreSQL JDBC URL: use "
                        + "jdbc:postgresql://HOST:PORT/DATABASE");
    }

    @Test
    void aUrlOfNoSupportedKindIsRefused() {
        ScratchOptions options = options(null, "jdbc:sqlserver://db.example:1433");

        assertThat(options.request(Dialect.POSTGRESQL, Map.of()).server())
                .contains("jdbc:sqlserver://db.example:1433");
        assertThatThrownBy(() -> ScratchDatabases.create(options.request(Dialect.POSTGRESQL, Map.of())))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("--scratch-url jdbc:sqlserver:");
    }

    @Test
    void noServerNamedIsNone() {
        assertThat(options(null).request(Dialect.POSTGRESQL, Map.of()).server()).isEqualTo(Optional.empty());
    }

    private static ScratchOptions options(String dialect, String... urls) {
        ScratchOptions options = new ScratchOptions();
        options.dialect = dialect;
        options.scratchUrls = List.of(urls);
        return options;
    }
}
