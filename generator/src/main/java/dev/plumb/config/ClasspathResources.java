package dev.plumb.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks resources up on the entity classpath (directories and jars) without loading a class: the settings are
 * resolved before Hibernate, and a class loader would keep the jars open. Each jar is opened once per lookup (an
 * application classpath has a hundred of them).
 */
final class ClasspathResources {

    private final List<Path> classpath;

    ClasspathResources(List<Path> classpath) {
        this.classpath = List.copyOf(classpath);
    }

    /** The first of {@code classNames} found, entry by entry in classpath order. */
    Optional<String> firstClass(List<String> classNames) {
        List<String> resources = classNames.stream().map(name -> name.replace('.', '/') + ".class").toList();
        for (Path entry : classpath) {
            Optional<String> found = find(entry, resources, false).map(hit -> classNames.get(hit.index()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The text of the first entry's {@code resource}, as a class loader would find it first. */
    Optional<String> text(String resource) {
        for (Path entry : classpath) {
            Optional<String> text = find(entry, List.of(resource), true).map(Hit::text);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    /** Which of {@code resources} an entry holds first, and its text when {@code content}. */
    private static Optional<Hit> find(Path entry, List<String> resources, boolean content) {
        try {
            if (Files.isDirectory(entry)) {
                for (int i = 0; i < resources.size(); i++) {
                    Path file = entry.resolve(resources.get(i));
                    if (Files.isRegularFile(file)) {
                        return Optional.of(new Hit(i, content ? Files.readString(file, StandardCharsets.UTF_8) : ""));
                    }
                }
                return Optional.empty();
            }
            if (!Files.isRegularFile(entry)) {
                return Optional.empty();
            }
            try (ZipFile jar = new ZipFile(entry.toFile())) {
                for (int i = 0; i < resources.size(); i++) {
                    ZipEntry found = jar.getEntry(resources.get(i));
                    if (found != null) {
                        return Optional.of(new Hit(i, content ? text(jar, found) : ""));
                    }
                }
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read " + entry + " (" + e.getMessage() + "): fix --entities", e);
        }
    }

    private static String text(ZipFile jar, ZipEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The index of the resource found and its text. */
    private record Hit(int index, String text) {
    }
}
