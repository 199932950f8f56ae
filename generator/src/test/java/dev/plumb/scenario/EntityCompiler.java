package dev.plumb.scenario;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compiles a directory of entity sources into a directory of classes, so that a test can hold two versions of the
 * same entity ({@code before/} and {@code after/}) and hand each to the reader as its own classpath.
 */
public final class EntityCompiler {

    private EntityCompiler() {
    }

    public static Path compile(Path sourceDirectory, Path outputDirectory) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null);
             Stream<Path> walk = Files.walk(sourceDirectory)) {
            Files.createDirectories(outputDirectory);
            List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            List<String> options = List.of("-d", outputDirectory.toString(),
                    "-classpath", System.getProperty("java.class.path"), "-proc:none", "--release", "17");
            boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) {
                throw new IllegalStateException("cannot compile " + sourceDirectory + ":\n"
                        + diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .map(Object::toString)
                        .collect(Collectors.joining("\n")));
            }
            return outputDirectory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
