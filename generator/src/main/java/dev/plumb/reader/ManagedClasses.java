package dev.plumb.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The classes Hibernate must be told about, loaded by {@code loader}: the entities, and the embeddables, mapped
 * superclasses and attribute converters found next to them (an auto-applied converter changes column types).
 * Closing it closes the class loader, so keep it open while Hibernate works with the classes.
 */
public record ManagedClasses(URLClassLoader loader, List<Class<?>> entities, List<Class<?>> supporting)
        implements AutoCloseable {

    public ManagedClasses {
        Objects.requireNonNull(loader, "loader");
        entities = List.copyOf(entities);
        supporting = List.copyOf(supporting);
    }

    /** Entities first, then the supporting classes. */
    public List<Class<?>> all() {
        List<Class<?>> all = new ArrayList<>(entities);
        all.addAll(supporting);
        return all;
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the entity class loader", e);
        }
    }
}
