package dev.plumb.maven;

import dev.plumb.cli.PlumbCli;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line a goal hands to the CLI: precedence between the POM and {@code -D}, flags, unknown options. */
class CommandLineBuilderTest {

    @Test
    void userPropertiesBeatThePomAndOnlyTheCommandsOptionsPass() {
        Properties user = new Properties();
        user.setProperty("plumb.url", "jdbc:h2:mem:cli");
        user.setProperty("plumb.name", "init");
        user.setProperty("plumb.dry-run", "");
        user.setProperty("plumb.allow-data-loss", "false");
        user.setProperty("plumb.target", "20260101");
        user.setProperty("other.url", "ignored");

        String[] args = new CommandLineBuilder("generate", PlumbCli.options("generate"))
                .configured("url", "jdbc:h2:mem:pom").configured("packages", "shop")
                .configured(Map.of("strict", "true", "no-such-option", "x"))
                .configured("rename", List.of("customer.a=b", "customer.c=d"))
                .userProperties(user).build();

        assertThat(String.join(" ", args)).startsWith("generate --url jdbc:h2:mem:cli ")
                .contains("--packages shop", "--strict", "--rename customer.a=b --rename customer.c=d", "--name init",
                        "--dry-run")
                .doesNotContain("jdbc:h2:mem:pom", "allow-data-loss", "target", "no-such-option", "ignored");
    }

    @Test
    void optionsAreTheCommandsOwnAndTheSharedOnes() {
        assertThat(PlumbCli.options("migrate")).containsEntry("target", true).containsEntry("dry-run", false)
                .containsEntry("url", true).containsEntry("verbose", false).doesNotContainKey("name");
        assertThatThrownBy(() -> PlumbCli.options("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dialectsPassFromThePomAndMinusDBeatsThePom() {
        CheckMojo check = new CheckMojo();
        check.classpathElements = List.of();
        check.userProperties = new Properties();
        check.dialects = "postgresql,h2";

        assertThat(String.join(" ", check.arguments())).startsWith("check ").contains("--dialects postgresql,h2");

        check.userProperties.setProperty("plumb.dialects", "h2");
        assertThat(String.join(" ", check.arguments())).contains("--dialects h2").doesNotContain("postgresql");
    }

    /** {@code <online>false</online>} reaches {@code generate} and {@code check} as {@code --online false}. */
    @Test
    void onlinePassesFromThePomToTheCommandsThatTakeIt() {
        GenerateMojo generate = new GenerateMojo();
        generate.classpathElements = List.of();
        generate.userProperties = new Properties();
        assertThat(String.join(" ", generate.arguments())).doesNotContain("--online");
        generate.online = false;
        assertThat(String.join(" ", generate.arguments())).contains("--online false");
        generate.userProperties.setProperty("plumb.online", "true");
        assertThat(String.join(" ", generate.arguments())).contains("--online true");

        MigrateMojo migrate = new MigrateMojo();
        migrate.classpathElements = List.of();
        migrate.userProperties = new Properties();
        migrate.online = false;
        assertThat(String.join(" ", migrate.arguments())).doesNotContain("--online");
    }
}
