package dev.plumb.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Plumb's own version, from a resource the build filters ({@code version.properties}): the same in
 * {@code target/classes}, plumb.jar and the Maven plugin, where Maven's {@code pom.properties} exists only in a
 * packaged jar (and is left out of plumb.jar with the other libraries' metadata).
 */
public final class PlumbVersion {

    private PlumbVersion() {
    }

    public static String get() {
        Properties properties = new Properties();
        try (InputStream in = PlumbVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from Plumb's classes");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
