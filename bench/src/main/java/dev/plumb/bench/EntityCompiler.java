package dev.plumb.bench;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a benchmark's entity sources with the JDK's compiler against the bench's own class path (jakarta.persistence
 * and Hibernate's annotations), into a directory that {@code plumb --entities} then reads, as a user's build would.
 */
final class EntityCompiler {

    private EntityCompiler() {
    }

    /** Compiles {@code sources} into {@code classes} (created if missing); returns {@code classes}. */
    static Path compile(List<Path> sources, Path classes) {
        try {
            Files.createDirectories(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-nowarn",
                "-cp", System.getProperty("java.class.path")));
        sources.forEach(source -> arguments.add(source.toString()));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler.run(null, null, System.err, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the entities in " + sources.get(0).getParent() + " do not compile");
        }
        return classes;
    }
}
