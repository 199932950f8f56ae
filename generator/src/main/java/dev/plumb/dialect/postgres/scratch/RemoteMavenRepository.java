package dev.plumb.dialect.postgres.scratch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Downloads an artifact from a Maven repository (Maven Central unless {@code PLUMB_MAVEN_URL} names a mirror) into the
 * local repository's layout, where Maven and the next Plumb run find it. The jar is checked against the SHA-1 the
 * repository publishes next to it, as Maven does, and moved into place only when it matches: a broken download never
 * leaves a jar behind.
 */
final class RemoteMavenRepository {

    static final URI MAVEN_CENTRAL = URI.create("https://repo.maven.apache.org/maven2/");

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http;

    RemoteMavenRepository(URI base) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    URI base() {
        return base;
    }

    /** Downloads {@code path} (a repository path) to {@code target} and its {@code .sha1} next to it. */
    void download(String path, Path target) throws IOException {
        String expected = fetchString(path + ".sha1").strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            String actual = fetchTo(path, partial);
            if (!actual.equals(expected)) {
                throw new IOException("the SHA-1 of " + base.resolve(path) + " is " + actual + ", the repository says "
                        + expected);
            }
            Files.writeString(target.resolveSibling(target.getFileName() + ".sha1"), expected);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private String fetchString(String path) throws IOException {
        return new String(send(path, HttpResponse.BodyHandlers.ofInputStream()).readAllBytes(),
                StandardCharsets.US_ASCII);
    }

    /** Streams {@code path} into {@code file} and returns its SHA-1 in hex. */
    private String fetchTo(String path, Path file) throws IOException {
        MessageDigest sha1 = sha1();
        try (InputStream body = new DigestInputStream(send(path, HttpResponse.BodyHandlers.ofInputStream()), sha1)) {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return HexFormat.of().formatHex(sha1.digest());
    }

    private InputStream send(String path, HttpResponse.BodyHandler<InputStream> handler) throws IOException {
        URI uri = base.resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, handler);
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IOException(uri + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading " + uri, e);
        }
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
