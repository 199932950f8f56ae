package dev.plumb.compile;

import dev.plumb.runtime.Migration;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compiles Java sources with the JDK's compiler into memory and defines the classes in a fresh class loader. The
 * class path is this process's ({@code java.class.path}, plus wherever the runtime classes were loaded from), so the
 * sources see {@code dev.plumb.runtime}; nothing is written to disk.
 */
final class InMemoryCompiler {

    private static final int MAX_REPORTED_ERRORS = 5;

    private InMemoryCompiler() {
    }

    /** Compiles the files and returns the loader that holds their classes, by binary name. */
    static CompiledClasses compile(List<Path> sources, List<Path> extraClasspath, ClassLoader parent) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new MigrationLoadException("no Java compiler: Plumb is running on a JRE (java.home="
                    + System.getProperty("java.home") + "); run it with a JDK, or point --migrations at compiled "
                    + "classes or a jar");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8);
        MemoryFileManager files = new MemoryFileManager(standard);
        List<String> options = List.of("-encoding", "UTF-8", "-proc:none", "-nowarn",
                "-classpath", classpath(extraClasspath));
        boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                standard.getJavaFileObjectsFromPaths(sources)).call();
        if (!ok) {
            throw new MigrationLoadException("cannot compile migrations: " + errors(diagnostics));
        }
        return new CompiledClasses(files.classes, parent);
    }

    private static String classpath(List<Path> extra) {
        Set<String> entries = new LinkedHashSet<>();
        extra.forEach(p -> entries.add(p.toString()));
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        runtimeLocation().ifPresent(entries::add);
        return String.join(File.pathSeparator, entries);
    }

    /** Where {@link Migration} itself came from: the runtime jar, or the class directory in a build. */
    private static Optional<String> runtimeLocation() {
        try {
            var source = Migration.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty()
                    : Optional.of(Path.of(source.getLocation().toURI()).toString());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String errors(DiagnosticCollector<JavaFileObject> diagnostics) {
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        String shown = errors.stream().limit(MAX_REPORTED_ERRORS).map(InMemoryCompiler::describe)
                .collect(Collectors.joining("; "));
        int hidden = errors.size() - MAX_REPORTED_ERRORS;
        return hidden > 0 ? shown + "; and " + hidden + " more" : shown;
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        String file = diagnostic.getSource() == null ? "?" : Path.of(diagnostic.getSource().toUri()).toString();
        String message = diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse("");
        return file + ":" + diagnostic.getLineNumber() + ": " + message;
    }

    /** The compiled classes and the loader that defines them. */
    static final class CompiledClasses extends ClassLoader {
        private final Map<String, byte[]> bytecode;

        CompiledClasses(Map<String, byte[]> bytecode, ClassLoader parent) {
            super(parent);
            this.bytecode = Map.copyOf(bytecode);
        }

        Set<String> classNames() {
            return bytecode.keySet();
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = bytecode.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    /** Keeps every class file the compiler writes in memory. */
    private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, byte[]> classes = new LinkedHashMap<>();

        MemoryFileManager(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            URI uri = URI.create("mem:///" + className.replace('.', '/') + kind.extension);
            return new SimpleJavaFileObject(uri, kind) {
                @Override
                public OutputStream openOutputStream() {
                    return new ByteArrayOutputStream() {
                        @Override
                        public void close() throws IOException {
                            super.close();
                            classes.put(className, toByteArray());
                        }
                    };
                }
            };
        }
    }
}
