package dev.plumb.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The binary names of the classes in a class directory or jar, optionally only in one package tree. */
final class ClassFiles {

    private ClassFiles() {
    }

    static List<String> classNames(Path location, Optional<String> packageName) {
        String prefix = packageName.filter(p -> !p.isEmpty()).map(p -> p.replace('.', '/') + "/").orElse("");
        List<String> entries = Files.isDirectory(location) ? directoryEntries(location) : jarEntries(location);
        return entries.stream()
                .filter(e -> e.startsWith(prefix) && e.endsWith(".class"))
                .filter(e -> !e.endsWith("module-info.class") && !e.endsWith("package-info.class"))
                .filter(e -> !e.startsWith("META-INF/"))
                .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
                .sorted()
                .toList();
    }

    private static List<String> directoryEntries(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> directory.relativize(f).toString().replace('\\', '/'))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static List<String> jarEntries(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().filter(e -> !e.isDirectory()).map(JarEntry::getName).toList();
        } catch (IOException e) {
            throw new MigrationLoadException("cannot read " + jar + " as a jar: " + e.getMessage(), e);
        }
    }
}
