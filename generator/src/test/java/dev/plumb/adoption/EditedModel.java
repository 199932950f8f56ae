package dev.plumb.adoption;

import dev.plumb.scenario.EntityCompiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shop's entities with some classes edited, compiled into a package of their own
 * ({@value #PACKAGE}): the originals are on the test classpath, where the same names would win over the edits.
 * The tables keep their names, so the edited model describes the same database.
 */
public final class EditedModel {

    public static final String PACKAGE = "dev.plumb.adoption.edited";

    private static final Path SOURCES = Path.of("src/test/java/dev/plumb/adoption/shop");

    private EditedModel() {
    }

    /**
     * Compiles the shop with {@code edits} (simple class name to a replacement of one text by another) into
     * {@code directory}; returns the options that read it ({@code --entities DIR --packages PKG}).
     */
    public static List<String> compile(Path directory, Map<String, List<String>> edits) {
        Path sources = directory.resolve("src");
        try (Stream<Path> files = Files.list(SOURCES)) {
            Files.createDirectories(sources);
            for (Path file : files.toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                String text = Files.readString(file).replace("package " + AdoptionFixture.ENTITY_PACKAGE + ";",
                        "package " + PACKAGE + ";");
                List<String> edit = edits.getOrDefault(name, List.of());
                for (int i = 0; i + 1 < edit.size(); i += 2) {
                    if (!text.contains(edit.get(i))) {
                        throw new IllegalArgumentException(name + " has no " + edit.get(i));
                    }
                    text = text.replace(edit.get(i), edit.get(i + 1));
                }
                Files.writeString(sources.resolve(file.getFileName()), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path classes = EntityCompiler.compile(sources, directory.resolve("classes"));
        return List.of("--entities", classes.toString(), "--packages", PACKAGE);
    }
}
