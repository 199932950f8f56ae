package dev.plumb.dialect.mariadb;

import dev.plumb.dialect.DatabaseAccount;
import dev.plumb.dialect.ScratchRecipe;
import dev.plumb.dialect.ScratchServerException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The recipe for a MariaDB scratch database on a named server (creating and dropping it: ScratchDatabasesTest). */
class MariaDbScratchProvisionerTest {

    @Test
    void replacesOnlyTheDatabaseOfTheServerUrl() {
        assertThat(MariaDbScratchProvisioner.urlFor("jdbc:mariadb://db:3306/", "s")).isEqualTo("jdbc:mariadb://db:3306/s");
        assertThat(MariaDbScratchProvisioner.urlFor("jdbc:mariadb://db:3306", "s")).isEqualTo("jdbc:mariadb://db:3306/s");
        assertThat(MariaDbScratchProvisioner.urlFor("jdbc:mariadb://db/app?useSsl=true", "s"))
                .isEqualTo("jdbc:mariadb://db/s?useSsl=true");
    }

    @Test
    void createsOnTheNamedServerAndDropsThere() {
        DatabaseAccount server = new DatabaseAccount("jdbc:mariadb://db:3306/", Optional.of("ci"), Optional.of("pw"));

        ScratchRecipe recipe = new MariaDbScratchProvisioner().recipe("plumb_scratch_1", Optional.of(server));

        assertThat(recipe.create()).contains("create database plumb_scratch_1");
        assertThat(recipe.drop()).isEqualTo("drop database if exists plumb_scratch_1");
        assertThat(recipe.dropOn()).isEqualTo(server);
        assertThat(recipe.database()).isEqualTo(new DatabaseAccount("jdbc:mariadb://db:3306/plumb_scratch_1",
                Optional.of("ci"), Optional.of("pw")));
    }

    @Test
    void withoutANamedServerSaysToNameOne() {
        assertThatThrownBy(() -> new MariaDbScratchProvisioner().recipe("s", Optional.empty()))
                .isInstanceOf(ScratchServerException.class)
                .hasMessageContaining("--scratch-url");
    }
}
