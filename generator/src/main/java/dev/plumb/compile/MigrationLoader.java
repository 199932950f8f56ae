package dev.plumb.compile;

import dev.plumb.runtime.Migration;
import dev.plumb.runtime.MigrationClasses;
import dev.plumb.runtime.ValidationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds and instantiates the migrations in a list of locations:
 * <ul>
 *     <li>a directory with {@code .java} files: a source root, compiled in memory (needs a JDK);</li>
 *     <li>any other directory: compiled classes;</li>
 *     <li>a {@code .jar}: compiled classes.</li>
 * </ul>
 * With a package, only that package and its sub-packages are searched (so a project's whole {@code src/main/java}
 * can be named without compiling the application). Every concrete public class implementing {@link Migration} is
 * instantiated through its public no-argument constructor. Which classes are migrations and how they order is the
 * runtime's rule ({@link MigrationClasses}), so a duplicate version is a {@link ValidationException} here exactly
 * when the runtime would refuse it.
 */
public final class MigrationLoader {

    private static final String MIGRATION_CLASS_NAME = "V\\d+__\\w+";

    private final ClassLoader parent;

    public MigrationLoader() {
        this(Migration.class.getClassLoader());
    }

    /** {@code parent} must see {@link Migration}: the loaded classes implement that very interface. */
    public MigrationLoader(ClassLoader parent) {
        this.parent = parent;
    }

    /**
     * @param locations   source roots, class directories and jars; each must exist
     * @param packageName only migrations in this package and its sub-packages; empty for all
     */
    public List<Migration> load(List<Path> locations, Optional<String> packageName) {
        List<Path> sources = new ArrayList<>();
        List<Path> compiled = new ArrayList<>();
        for (Path location : locations) {
            if (!Files.exists(location)) {
                throw new MigrationLoadException("migrations location " + location + " does not exist: fix "
                        + "--migrations (or --output, which it defaults to)");
            }
            if (Files.isDirectory(location) && !javaFiles(location, packageName).isEmpty()) {
                sources.addAll(javaFiles(location, packageName));
            } else {
                compiled.add(location);
            }
        }
        ClassLoader classes = new URLClassLoader("plumb-migrations", urls(compiled), parent);
        List<Migration> migrations = new ArrayList<>();
        for (Path location : compiled) {
            migrations.addAll(instantiate(ClassFiles.classNames(location, packageName), classes, false));
        }
        if (!sources.isEmpty()) {
            InMemoryCompiler.CompiledClasses compiledSources = InMemoryCompiler.compile(sources, compiled, classes);
            migrations.addAll(instantiate(compiledSources.classNames(), compiledSources, true));
        }
        return sorted(migrations);
    }

    private static List<Path> javaFiles(Path sourceRoot, Optional<String> packageName) {
        Path directory = packageName.filter(p -> !p.isEmpty())
                .map(p -> sourceRoot.resolve(p.replace('.', '/'))).orElse(sourceRoot);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static List<Migration> instantiate(Iterable<String> classNames, ClassLoader loader, boolean ownSources) {
        List<Migration> migrations = new ArrayList<>();
        for (String name : classNames) {
            Optional<Class<?>> type = loadClass(name, loader, ownSources);
            if (type.isPresent() && MigrationClasses.isMigration(type.get())) {
                migrations.add(newInstance(type.get()));
            }
        }
        return migrations;
    }

    /**
     * Loads without initializing. A class directory may hold other classes whose dependencies are missing here;
     * those are skipped, unless they look like migrations or came from the migration sources.
     */
    private static Optional<Class<?>> loadClass(String name, ClassLoader loader, boolean mustLoad) {
        try {
            return Optional.of(Class.forName(name, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            String simpleName = name.substring(name.lastIndexOf('.') + 1);
            if (mustLoad || simpleName.matches(MIGRATION_CLASS_NAME)) {
                throw new MigrationLoadException("cannot load migration class " + name + ": " + e, e);
            }
            return Optional.empty();
        }
    }

    private static Migration newInstance(Class<?> type) {
        try {
            return (Migration) type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new MigrationLoadException("migration " + type.getName()
                    + " has no public no-argument constructor: add one", e);
        } catch (InvocationTargetException e) {
            throw new MigrationLoadException("migration " + type.getName() + " failed in its constructor: "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new MigrationLoadException("cannot instantiate migration " + type.getName() + ": " + e, e);
        }
    }

    private static List<Migration> sorted(List<Migration> migrations) {
        return MigrationClasses.inVersionOrder(migrations);
    }

    private static URL[] urls(List<Path> locations) {
        URL[] urls = new URL[locations.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = locations.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new MigrationLoadException("not a valid location: " + locations.get(i), e);
            }
        }
        return urls;
    }
}
