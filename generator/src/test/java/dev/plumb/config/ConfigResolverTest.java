package dev.plumb.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigResolverTest {

    @TempDir
    Path cwd;

    private PlumbConfig resolve(Map<String, String> flags, Map<String, String> env, Optional<Path> file) {
        return new ConfigResolver(cwd, env).resolve(flags, file);
    }

    private void writeDefaultFile(String content) throws IOException {
        Files.writeString(cwd.resolve("plumb.properties"), content);
    }

    @Test
    void flagBeatsEnvironmentBeatsFile() throws IOException {
        writeDefaultFile("url=jdbc:h2:mem:file\nuser=fileuser\npassword=filepw\n");
        Map<String, String> env = Map.of("PLUMB_URL", "jdbc:h2:mem:env", "PLUMB_USER", "envuser");

        PlumbConfig fromFlag = resolve(Map.of("url", "jdbc:h2:mem:flag"), env, Optional.empty());
        assertThat(fromFlag.connection().url()).isEqualTo("jdbc:h2:mem:flag");
        assertThat(fromFlag.connection().user()).contains("envuser");
        assertThat(fromFlag.connection().password()).contains("filepw");

        PlumbConfig fromEnv = resolve(Map.of(), env, Optional.empty());
        assertThat(fromEnv.connection().url()).isEqualTo("jdbc:h2:mem:env");

        PlumbConfig fromFile = resolve(Map.of(), Map.of(), Optional.empty());
        assertThat(fromFile.connection().url()).isEqualTo("jdbc:h2:mem:file");
        assertThat(fromFile.connection().user()).contains("fileuser");
    }

    @Test
    void noUrlAnywhereMeansTheEmbeddedH2FileDatabaseUnderTheWorkingDirectory() {
        PlumbConfig config = resolve(Map.of(), Map.of(), Optional.empty());

        assertThat(config.connection().url()).isEqualTo(
                "jdbc:h2:file:" + cwd.toAbsolutePath().normalize().resolve(".plumb/h2/plumb") + ";AUTO_SERVER=TRUE");
        assertThat(config.connection().user()).contains("sa");
        assertThat(config.connection().password()).contains("");
        assertThat(config.output()).isEqualTo(cwd.resolve("src/main/java"));
        assertThat(config.migrationsPackage()).isEqualTo("migrations");
        assertThat(config.migrations()).containsExactly(config.output());
    }

    @Test
    void pathsFromTheFileAreRelativeToTheFileAndPathsFromFlagsToTheWorkingDirectory() throws IOException {
        Path project = Files.createDirectories(cwd.resolve("project"));
        Files.writeString(project.resolve("settings.properties"), """
                entities=target/classes:lib/model.jar
                output=src/gen
                packages=com.acme.a, com.acme.b
                migrations-package=db.migration
                hibernate.physical_naming_strategy=snake
                jakarta.persistence.schema=x
                """);

        PlumbConfig config = resolve(Map.of("migrations", "build/m1:build/m2"), Map.of(),
                Optional.of(Path.of("project/settings.properties")));

        assertThat(config.entities()).containsExactly(project.resolve("target/classes"),
                project.resolve("lib/model.jar"));
        assertThat(config.output()).isEqualTo(project.resolve("src/gen"));
        assertThat(config.packages()).containsExactly("com.acme.a", "com.acme.b");
        assertThat(config.migrationsPackage()).isEqualTo("db.migration");
        assertThat(config.migrations()).containsExactly(cwd.resolve("build/m1"), cwd.resolve("build/m2"));
        assertThat(config.hibernateSettings()).containsOnly(
                Map.entry("hibernate.physical_naming_strategy", "snake"),
                Map.entry("jakarta.persistence.schema", "x"));
        assertThat(config.entitySource().classpath()).isEqualTo(config.entities());
    }

    @Test
    void aMissingExplicitFileIsAnErrorButAMissingDefaultFileIsNot() {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of(), Optional.of(Path.of("nope.properties"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("nope.properties").hasMessageContaining("--config");
        assertThat(resolve(Map.of(), Map.of(), Optional.empty())).isNotNull();
    }

    @Test
    void unknownKeysInTheFileAreRejectedSoATypoCannotSilentlyPickTheDefaultDatabase() throws IOException {
        writeDefaultFile("ulr=jdbc:postgresql://db/app\n");

        assertThatThrownBy(() -> resolve(Map.of(), Map.of(), Optional.empty()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown key ulr");
    }

    @Test
    void anInvalidMigrationsPackageIsAConfigurationError() {
        assertThatThrownBy(() -> resolve(Map.of("migrations-package", "db.1migration"), Map.of(), Optional.empty()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("db.1migration");
    }

    @Test
    void dialectsAreReadFromTheFileByTheirNamesAndAFlagReplacesThem() throws IOException {
        writeDefaultFile("dialects=PostgreSQL, h2, postgres\n");

        assertThat(resolve(Map.of(), Map.of(), Optional.empty()).dialects())
                .containsExactly(dev.plumb.runtime.Dialect.POSTGRESQL, dev.plumb.runtime.Dialect.H2);
        assertThat(resolve(Map.of("dialects", "h2"), Map.of(), Optional.empty()).dialects())
                .containsExactly(dev.plumb.runtime.Dialect.H2);
        Files.delete(cwd.resolve("plumb.properties"));
        assertThat(resolve(Map.of(), Map.of(), Optional.empty()).dialects()).isEmpty();
    }

    @Test
    void anUnknownDialectIsAConfigurationErrorNamingItAndTheKnownOnes() {
        assertThatThrownBy(() -> resolve(Map.of("dialects", "postgresql,oracle"), Map.of(), Optional.empty()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'oracle'")
                .hasMessageContaining("postgresql or h2");
    }

    @Test
    void generatingNeedsEntities() {
        PlumbConfig config = resolve(Map.of(), Map.of(), Optional.empty());
        assertThatThrownBy(config::entitySource).isInstanceOf(ConfigException.class)
                .hasMessageContaining("--entities");
    }

    @Test
    void toStringNeverShowsThePasswordNorAPasswordInTheUrl() throws IOException {
        writeDefaultFile("hibernate.connection.password=s3cr3t-file\n");
        PlumbConfig config = resolve(Map.of("url", "jdbc:postgresql://db/app?user=u&password=s3cr3t-url&ssl=true",
                "password", "s3cr3t-flag"), Map.of(), Optional.empty());

        assertThat(config.toString()).doesNotContain("s3cr3t").contains("ssl=true").contains("****");
    }

    @Test
    void redactorMasksConfiguredSecretsAndUrlPasswords() {
        Redactor redactor = Redactor.forSecrets(List.of("pw", "longer-pw"));

        String once = redactor.redact("cannot connect to jdbc:x://h/db?password=abc&ssl=true: refused");
        assertThat(once).isEqualTo("cannot connect to jdbc:x://h/db?password=****&ssl=true: refused");
        assertThat(redactor.redact("jdbc:x://h/db?password=****: refused"))
                .as("an already masked message is left as it is")
                .isEqualTo("jdbc:x://h/db?password=****: refused");
        assertThat(redactor.redact("Unmatched argument: 'longer-pw'; jdbc:x://h/db;PASSWORD=abc;user=me "
                + "jdbc:mysql://me:hunter2@host/db --password s3cr3t --password=s3cr3t"))
                .isEqualTo("Unmatched argument: '****'; jdbc:x://h/db;PASSWORD=****;user=me "
                        + "jdbc:mysql://me:****@host/db --password **** --password=****");
    }

    @Test
    void thePasswordIsMaskedOnlyWhereItStandsAsAPassword() {
        Redactor redactor = Redactor.forSecrets(List.of("postgres"));

        assertThat(redactor.redact("cannot connect to jdbc:postgresql://127.0.0.1:5432/db as postgres: refused"))
                .isEqualTo("cannot connect to jdbc:postgresql://127.0.0.1:5432/db as postgres: refused");
        assertThat(redactor.redact("jdbc:postgresql://postgres:postgres@host/db?password=postgres"))
                .isEqualTo("jdbc:postgresql://postgres:****@host/db?password=****");
    }
}
