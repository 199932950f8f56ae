package dev.plumb.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the {@link Migration} classes of a package (and its sub-packages) on a class loader, with the JDK only: every
 * directory and jar that {@link ClassLoader#getResources} reports for the package path is listed, each concrete
 * class implementing {@code Migration} is instantiated through its public no-arg constructor.
 *
 * <p>Directories ({@code file:} URLs) and jars ({@code jar:} URLs, including nested jars of packaging tools whose
 * URL handlers return a {@link JarURLConnection}) are supported. A jar is found through its directory entry for the
 * package, which Maven and Gradle always write; a jar built without directory entries is not seen. Classes are
 * loaded without initialising the ones that turn out not to be migrations.
 */
public final class MigrationScanner {

    private static final String CLASS_SUFFIX = ".class";

    private MigrationScanner() {
    }

    /** The migrations of {@code packageName}, sorted by version; empty when the package holds none. */
    public static List<Migration> scan(String packageName, ClassLoader classLoader) {
        List<Migration> migrations = new ArrayList<>();
        for (String className : classNames(packageName, classLoader)) {
            load(className, classLoader).ifPresent(migrations::add);
        }
        migrations.sort((a, b) -> VersionComparator.INSTANCE.compare(a.version(), b.version()));
        return migrations;
    }

    private static TreeSet<String> classNames(String packageName, ClassLoader classLoader) {
        String path = packageName.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(path))) {
                if ("file".equals(url.getProtocol())) {
                    names.addAll(fromDirectory(Path.of(url.toURI()), packageName));
                } else {
                    names.addAll(fromJar(url, path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot scan package " + packageName + " for migrations", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot scan package " + packageName + " for migrations", e);
        }
        return names;
    }

    private static List<String> fromDirectory(Path directory, String packageName) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(CLASS_SUFFIX))
                    .map(file -> directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(),
                            "/"))
                    .map(relative -> packageName + "." + className(relative))
                    .toList();
        }
    }

    private static List<String> fromJar(URL url, String path) throws IOException {
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IOException("Cannot list classes at " + url + ": not a directory or a jar");
        }
        jarConnection.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (JarFile jar = jarConnection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith(path + "/") && name.endsWith(CLASS_SUFFIX)) {
                    names.add(className(name));
                }
            }
        }
        return names;
    }

    private static String className(String resourcePath) {
        return resourcePath.substring(0, resourcePath.length() - CLASS_SUFFIX.length()).replace('/', '.');
    }

    private static Optional<Migration> load(String className, ClassLoader classLoader) {
        if (className.endsWith("package-info") || className.endsWith("module-info")) {
            return Optional.empty();
        }
        Class<?> type;
        try {
            type = Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new MigrationException(null, "Cannot load class " + className + " while scanning for migrations: "
                    + e, e);
        }
        if (!MigrationClasses.isMigration(type)) {
            return Optional.empty();
        }
        return Optional.of(instantiate(type));
    }

    private static Migration instantiate(Class<?> type) {
        try {
            return (Migration) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MigrationException(null, "Cannot instantiate migration " + type.getName()
                    + ": it needs a public no-arg constructor and must be public (" + e + ")", e);
        }
    }
}
