package dev.plumb.dialect;

import dev.plumb.runtime.Dialect;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry's answers that the rest of Plumb builds its defaults and messages from. */
class DialectsTest {

    @Test
    void findsTheDialectOfAUrl() {
        assertThat(Dialects.ofUrl("jdbc:postgresql://db:5432/app")).map(SqlDialect::dialect)
                .contains(Dialect.POSTGRESQL);
        assertThat(Dialects.ofUrl("jdbc:h2:file:/tmp/x")).map(SqlDialect::dialect).contains(Dialect.H2);
        assertThat(Dialects.ofUrl("jdbc:mysql://db/app")).isEmpty();
    }

    @Test
    void everyDialectAcceptsItsOwnUrlFormAndNoOthers() {
        for (SqlDialect dialect : Dialects.all()) {
            for (SqlDialect other : Dialects.all()) {
                assertThat(other.accepts(dialect.urlForm())).as(other.dialect() + " accepts " + dialect.urlForm())
                        .isEqualTo(other.dialect() == dialect.dialect());
            }
        }
    }

    @Test
    void theEmbeddedDefaultIsAnH2FileDatabaseUnderTheGivenDirectory() {
        DatabaseAccount account = Dialects.embeddedDefault(Path.of("/work/app/.plumb"));

        assertThat(Dialects.embedded().dialect()).isEqualTo(Dialect.H2);
        assertThat(account).isEqualTo(new DatabaseAccount(
                "jdbc:h2:file:" + Path.of("/work/app/.plumb/h2/plumb") + ";AUTO_SERVER=TRUE", Optional.of("sa"),
                Optional.of("")));
        assertThat(Dialects.embedded().accepts(account.url())).isTrue();
    }

    @Test
    void namesTheSupportedDatabasesForMessages() {
        assertThat(Dialects.supportedNames()).isEqualTo("postgresql or h2 or mariadb");
        assertThat(Dialects.supportedNames(",")).isEqualTo("postgresql,h2,mariadb");
        assertThat(Dialects.supportedProducts()).isEqualTo("PostgreSQL or H2 or MariaDB");
    }
}
