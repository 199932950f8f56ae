package dev.plumb.reader;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.stream.Stream;

/**
 * Finds the {@code @Entity} classes (and the embeddables, mapped superclasses and converters next to them) on an
 * {@link EntitySource}'s classpath, without a classpath-scanning library.
 *
 * <p>Loading every class of every dependency jar would be slow and would fail on classes whose optional
 * dependencies are missing, so class files are first searched for the annotation's descriptor bytes
 * ({@code Ljakarta/persistence/Entity;}, which a class annotated with it must hold in its constant pool); only those
 * candidates are loaded, and {@link Class#isAnnotationPresent} decides. The class loader's parent is the reader's
 * own loader, so the entities and Hibernate share one copy of {@code jakarta.persistence}.
 */
public final class EntityScanner {

    private static final List<Class<? extends Annotation>> ANNOTATIONS =
            List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class);
    private static final List<byte[]> DESCRIPTORS = ANNOTATIONS.stream()
            .map(a -> ("L" + a.getName().replace('.', '/') + ";").getBytes(StandardCharsets.US_ASCII))
            .toList();
    private static final String CLASS_SUFFIX = ".class";

    /**
     * Scans the source's classpath. The caller closes the result when Hibernate is done with the classes.
     *
     * @throws MappingException when a classpath entry does not exist, an entity class cannot be loaded or no entity
     *     is found: the user's setup, reported as a usage error
     */
    public ManagedClasses scan(EntitySource source) {
        List<Path> classpath = source.classpath();
        for (Path path : classpath) {
            if (!Files.exists(path)) {
                throw new MappingException("classpath entry does not exist: " + path + " (compile the entities "
                        + "first, or fix --entities)");
            }
        }
        PackageFilter filter = new PackageFilter(source.packages());
        TreeSet<String> candidates = new TreeSet<>();
        for (Path path : classpath) {
            if (Files.isDirectory(path)) {
                scanDirectory(path, filter, candidates);
            } else {
                scanJar(path, filter, candidates);
            }
        }
        URLClassLoader loader = new URLClassLoader(toUrls(classpath), EntityScanner.class.getClassLoader());
        try {
            ManagedClasses classes = load(loader, candidates);
            if (classes.entities().isEmpty()) {
                throw new MappingException("no @Entity class found in " + describe(classpath)
                        + (source.packages().isEmpty() ? "" : " under packages " + source.packages())
                        + ": point --entities at the compiled entity classes"
                        + (source.packages().isEmpty() ? "" : ", or fix --packages"));
            }
            return classes;
        } catch (RuntimeException | LinkageError e) {
            closeQuietly(loader, e);
            throw e;
        }
    }

    /**
     * The classpath in a few words: its folders by name, its jars by number. An application's classpath has dozens of
     * jars; listing them all made a 2.8 KB line of a typo in {@code --packages}.
     */
    static String describe(List<Path> classpath) {
        List<String> folders = classpath.stream().filter(Files::isDirectory).map(Path::toString).toList();
        long jars = classpath.size() - folders.size();
        String jarCount = jars + (jars == 1 ? " jar" : " jars");
        if (folders.isEmpty()) {
            return jarCount;
        }
        return String.join(", ", folders) + (jars == 0 ? "" : " and " + jarCount);
    }

    private static ManagedClasses load(URLClassLoader loader, TreeSet<String> candidates) {
        List<Class<?>> entities = new ArrayList<>();
        List<Class<?>> supporting = new ArrayList<>();
        for (String name : candidates) {
            Class<?> type = loadClass(loader, name);
            if (type.isAnnotationPresent(Entity.class)) {
                entities.add(type);
            } else if (isSupporting(type)) {
                supporting.add(type);
            }
        }
        return new ManagedClasses(loader, entities, supporting);
    }

    /** Embeddables and mapped superclasses; converters only when auto-applied (otherwise entities name them). */
    private static boolean isSupporting(Class<?> type) {
        Converter converter = type.getAnnotation(Converter.class);
        return converter != null ? converter.autoApply()
                : type.isAnnotationPresent(Embeddable.class) || type.isAnnotationPresent(MappedSuperclass.class);
    }

    private static Class<?> loadClass(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new MappingException("cannot load entity class " + name + " (is a dependency missing from"
                    + " the classpath?): " + e, e);
        }
    }

    private static void scanDirectory(Path root, PackageFilter filter, TreeSet<String> candidates) {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.getFileName().toString().endsWith(CLASS_SUFFIX) && Files.isRegularFile(f))
                    .forEach(file -> {
                        String entry = root.relativize(file).toString().replace(file.getFileSystem()
                                .getSeparator(), "/");
                        if (filter.accepts(entry) && containsDescriptor(readAll(file))) {
                            candidates.add(className(entry));
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            throw new MappingException("cannot scan " + root + " for entity classes: " + e.getMessage()
                    + " (fix --entities)", e);
        }
    }

    private static void scanJar(Path jar, PackageFilter filter, TreeSet<String> candidates) {
        // ZipFile, not JarFile: no signature verification, which only costs time here
        try (ZipFile file = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!entry.isDirectory() && name.endsWith(CLASS_SUFFIX) && filter.accepts(name)) {
                    try (InputStream in = file.getInputStream(entry)) {
                        if (containsDescriptor(in.readAllBytes())) {
                            candidates.add(className(name));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new MappingException("cannot read classpath entry " + jar + " as a jar: " + e.getMessage(),
                    e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MappingException("cannot read " + file + ": " + e.getMessage() + " (fix --entities)", e);
        }
    }

    static boolean containsDescriptor(byte[] classFile) {
        for (byte[] descriptor : DESCRIPTORS) {
            if (indexOf(classFile, descriptor) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        byte first = needle[0];
        int last = haystack.length - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (haystack[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String className(String entry) {
        return entry.substring(0, entry.length() - CLASS_SUFFIX.length()).replace('/', '.');
    }

    private static URL[] toUrls(List<Path> classpath) {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classpath.get(i).toAbsolutePath().toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a usable classpath entry: " + classpath.get(i), e);
            }
        }
        return urls;
    }

    private static void closeQuietly(URLClassLoader loader, Throwable cause) {
        try {
            loader.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Class-file entries ({@code a/b/C.class}) in the wanted packages or their sub-packages. Without packages, all but
     * Hibernate's and Jakarta's own: hibernate-core ships entities of its own ({@code org.hibernate.audit}) that are
     * not the application's, and skipping its 15 MB jar halves the scan.
     */
    private record PackageFilter(List<String> prefixes) {

        private static final List<String> LIBRARY_PACKAGES = List.of("org/hibernate/", "jakarta/");

        PackageFilter(List<String> prefixes) {
            this.prefixes = prefixes.stream().map(p -> p.replace('.', '/') + "/").toList();
        }

        boolean accepts(String entry) {
            if (entry.startsWith("META-INF/") || entry.endsWith("module-info.class")
                    || entry.endsWith("package-info.class")) {
                return false;
            }
            if (prefixes.isEmpty()) {
                return LIBRARY_PACKAGES.stream().noneMatch(entry::startsWith);
            }
            return prefixes.stream().anyMatch(entry::startsWith);
        }
    }
}
