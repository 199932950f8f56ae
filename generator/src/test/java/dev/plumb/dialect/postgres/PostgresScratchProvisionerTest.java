package dev.plumb.dialect.postgres;

import dev.plumb.dialect.DatabaseAccount;
import dev.plumb.dialect.ScratchRecipe;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The recipe for a PostgreSQL scratch database on a named server (creating and dropping it: ScratchDatabasesTest). */
class PostgresScratchProvisionerTest {

    @Test
    void replacesOnlyTheDatabaseNameOfTheServerUrl() {
        assertThat(PostgresScratchProvisioner.urlFor("jdbc:postgresql://db:5432/postgres", "s"))
                .isEqualTo("jdbc:postgresql://db:5432/s");
        assertThat(PostgresScratchProvisioner.urlFor("jdbc:postgresql://db/postgres?sslmode=require", "s"))
                .isEqualTo("jdbc:postgresql://db/s?sslmode=require");
        assertThat(PostgresScratchProvisioner.urlFor("jdbc:postgresql://db:5432?user=x", "s"))
                .isEqualTo("jdbc:postgresql://db:5432/s?user=x");
    }

    @Test
    void createsOnTheServerAndDropsWithForce() {
        DatabaseAccount server = new DatabaseAccount("jdbc:postgresql://db:5432/postgres", Optional.of("ci"),
                Optional.of("secret"));

        ScratchRecipe recipe = new PostgresScratchProvisioner().recipe("plumb_scratch_1", Optional.of(server));

        assertThat(recipe.admin()).contains(server);
        assertThat(recipe.create()).contains("create database plumb_scratch_1");
        assertThat(recipe.drop()).isEqualTo("drop database if exists plumb_scratch_1 with (force)");
        assertThat(recipe.dropOn()).isEqualTo(server);
        assertThat(recipe.database()).isEqualTo(new DatabaseAccount("jdbc:postgresql://db:5432/plumb_scratch_1",
                Optional.of("ci"), Optional.of("secret")));
    }
}
