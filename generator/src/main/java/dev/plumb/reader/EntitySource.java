package dev.plumb.reader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the entities come from and how the application configures Hibernate.
 *
 * @param classpath         directories and jars: the compiled entity classes and the jars they need
 * @param packages          only entities in these packages (and their sub-packages); empty means all
 * @param hibernateSettings {@code hibernate.*} (and {@code jakarta.persistence.*}) settings the application uses,
 *                          passed to Hibernate unchanged: naming strategies, quoting
 */
public record EntitySource(List<Path> classpath, List<String> packages, Map<String, String> hibernateSettings) {

    public EntitySource {
        classpath = List.copyOf(classpath);
        packages = List.copyOf(packages);
        hibernateSettings = Map.copyOf(hibernateSettings);
    }
}
