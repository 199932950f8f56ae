package dev.plumb.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code sample-entities} module as the CLI sees it: its classes (a test dependency of this module) and the
 * Hibernate settings of the repository's {@code plumb.properties}, so tests use exactly the quick start's setup.
 */
public final class SampleEntities {

    static final String PACKAGE = "dev.plumb.sample";

    private SampleEntities() {
    }

    /** The directory or jar the sample entity classes were loaded from. */
    public static Path classpath() {
        URL url = SampleEntities.class.getClassLoader().getResource(PACKAGE.replace('.', '/'));
        if (url == null) {
            throw new IllegalStateException("sample-entities is not on the test classpath");
        }
        try {
            String external = url.toExternalForm();
            if (external.startsWith("jar:")) {
                return Path.of(new URL(external.substring(4, external.indexOf("!/"))).toURI());
            }
            Path packageDirectory = Path.of(url.toURI());
            Path root = packageDirectory;
            for (int i = 0; i < PACKAGE.split("\\.").length; i++) {
                root = root.getParent();
            }
            return root;
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot locate sample-entities: " + url, e);
        }
    }

    /** The {@code hibernate.*} settings from the repository's {@code plumb.properties}. */
    static Map<String, String> hibernateSettings() {
        Path file = Path.of(System.getProperty("plumb.root", "..")).resolve("plumb.properties");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith("hibernate.") || key.startsWith("jakarta.persistence."))
                .sorted()
                .forEach(key -> settings.put(key, properties.getProperty(key)));
        return settings;
    }
}
