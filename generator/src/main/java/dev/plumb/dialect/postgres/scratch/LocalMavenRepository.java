package dev.plumb.dialect.postgres.scratch;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the user's local Maven repository is, found the way a developer would point Maven at it: the system property
 * {@code maven.repo.local}, the same property in {@code MAVEN_OPTS}, else {@code ~/.m2/repository}. A
 * {@code localRepository} in {@code settings.xml} is not read.
 */
final class LocalMavenRepository {

    private static final Pattern IN_MAVEN_OPTS = Pattern.compile("-Dmaven\\.repo\\.local=(\"[^\"]*\"|\\S+)");

    private LocalMavenRepository() {
    }

    static Path locate(Map<String, String> environment, Properties systemProperties) {
        String property = systemProperties.getProperty("maven.repo.local");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        return fromMavenOpts(environment.get("MAVEN_OPTS"))
                .orElseGet(() -> Path.of(systemProperties.getProperty("user.home"), ".m2", "repository"));
    }

    private static Optional<Path> fromMavenOpts(String mavenOpts) {
        if (mavenOpts == null) {
            return Optional.empty();
        }
        Matcher matcher = IN_MAVEN_OPTS.matcher(mavenOpts);
        return matcher.find() ? Optional.of(Path.of(matcher.group(1).replace("\"", ""))) : Optional.empty();
    }
}
