package dev.plumb.dialect.postgres.scratch;

import dev.plumb.dialect.ScratchServerException;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds zonky's PostgreSQL binaries for the platform Plumb runs on, so that plumb.jar need not carry them (15 MB for
 * Linux x86-64 alone, 60 MB for macOS). In order: on the class path (the binaries' jar added to the CLI's
 * {@code lib/}, or a test dependency), in the local Maven repository, else downloaded from Maven Central (or
 * {@code PLUMB_MAVEN_URL}) into the local repository. When all three fail, the one-line {@link ScratchServerException}
 * names the artifact to fetch and {@code --scratch-url} as the way around it.
 */
final class PostgresBinaries implements PgBinaryResolver {

    /** The environment variable naming a Maven repository to download from instead of Maven Central. */
    static final String REMOTE_VARIABLE = "PLUMB_MAVEN_URL";

    private final ClassLoader classPath;
    private final Path localRepository;
    private final RemoteMavenRepository remote;
    private final String version;

    PostgresBinaries(ClassLoader classPath, Path localRepository, RemoteMavenRepository remote, String version) {
        this.classPath = classPath;
        this.localRepository = localRepository;
        this.remote = remote;
        this.version = version;
    }

    /** The resolver for this process: its class path, the user's local repository, Central or the mirror named. */
    static PostgresBinaries forThisProcess(Map<String, String> environment, Properties systemProperties) {
        URI remote = Optional.ofNullable(environment.get(REMOTE_VARIABLE)).filter(url -> !url.isBlank())
                .map(URI::create).orElse(RemoteMavenRepository.MAVEN_CENTRAL);
        return new PostgresBinaries(PostgresBinaries.class.getClassLoader(),
                LocalMavenRepository.locate(environment, systemProperties), new RemoteMavenRepository(remote),
                bundledVersion());
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        boolean alpine = "Linux".equals(system) && Optional.ofNullable(LinuxUtils.getDistributionName())
                .map(name -> name.toLowerCase(Locale.ROOT).contains("alpine")).orElse(false);
        return resolve(PostgresBinaryArtifact.forPlatform(system, machineHardware, alpine, version), system,
                machineHardware);
    }

    InputStream resolve(PostgresBinaryArtifact artifact, String system, String machineHardware) throws IOException {
        URL onClassPath = classPath.getResource(resourceName(artifact, machineHardware));
        if (onClassPath != null) {
            return onClassPath.openStream();
        }
        Path jar = artifact.in(localRepository);
        if (!Files.isRegularFile(jar)) {
            try {
                remote.download(artifact.repositoryPath(), jar);
            } catch (IOException e) {
                throw missing(artifact, system, machineHardware, e);
            }
        }
        return archiveIn(jar);
    }

    /** The name zonky gives the archive inside the artifact, e.g. {@code postgres-linux-x86_64-alpine_linux.txz}. */
    private static String resourceName(PostgresBinaryArtifact artifact, String machineHardware) {
        return "postgres-" + artifact.system() + "-" + machineHardware + (artifact.alpine() ? "-alpine_linux" : "")
                + ".txz";
    }

    /** The {@code .txz} inside the artifact's jar; closing the stream closes the jar. */
    private static InputStream archiveIn(Path jar) throws IOException {
        ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar));
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (entry.getName().endsWith(".txz")) {
                return zip;
            }
        }
        zip.close();
        throw new IOException(jar + " holds no .txz archive: delete it and run again");
    }

    private ScratchServerException missing(PostgresBinaryArtifact artifact, String system, String machineHardware,
                                     IOException cause) {
        String reason = cause instanceof ConnectException || cause.getMessage() == null
                ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ScratchServerException("no embedded PostgreSQL for " + system + " " + machineHardware + ": "
                + artifact.coordinates() + " is not in " + localRepository + " and could not be downloaded from "
                + remote.base() + " (" + reason + "); fetch it with mvn dependency:get -Dartifact="
                + artifact.coordinates() + ", or name a PostgreSQL server with --scratch-url", cause);
    }

    private static String bundledVersion() {
        Properties properties = new Properties();
        try (InputStream in = PostgresBinaries.class.getResourceAsStream("postgres-binaries.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
