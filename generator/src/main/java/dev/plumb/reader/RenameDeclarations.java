package dev.plumb.reader;

import dev.plumb.diff.RenameHints;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code @dev.plumb.annotations.RenamedFrom} from the entity classes: on a class it declares the table's old
 * name, on a persistent field (or getter) of a single-column property the column's old name.
 *
 * <p>Matched by the annotation's class name, not by type: the entities are loaded by their own class loader and may
 * bring their own copy of {@code plumb-annotations}, and the generator does not need it on its class path.
 */
final class RenameDeclarations {

    static final String ANNOTATION = "dev.plumb.annotations.RenamedFrom";

    private final NameFolder names;
    private final List<RenameHints.TableRename> tables = new ArrayList<>();
    private final List<RenameHints.ColumnRename> columns = new ArrayList<>();

    RenameDeclarations(NameFolder names) {
        this.names = names;
    }

    RenameHints read(Metadata metadata) {
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Class<?> type = entity.getMappedClass();
            if (type == null) {
                continue;
            }
            QualifiedName table = names.table(entity.getTable());
            Optional<String> schema = table.namespace().map(RenameDeclarations::exact);
            renamedFrom(type).ifPresent(old -> tables.add(
                    new RenameHints.TableRename(schema, old, exact(table.name()), true)));
            List<Property> properties = new ArrayList<>(entity.getProperties());
            if (entity.getIdentifierProperty() != null) {
                properties.add(entity.getIdentifierProperty());
            }
            for (Property property : properties) {
                if (property.getColumns().size() != 1) {
                    continue;
                }
                Identifier column = names.column(property.getColumns().get(0));
                member(type, property.getName()).flatMap(RenameDeclarations::renamedFrom).ifPresent(old ->
                        columns.add(new RenameHints.ColumnRename(schema, exact(table.name()), old, exact(column),
                                true)));
            }
        }
        return new RenameHints(tables, columns);
    }

    /** A stored name written so that {@code NameMatch} matches it exactly. */
    private static String exact(Identifier name) {
        return '"' + name.value() + '"';
    }

    private static Optional<AnnotatedElement> member(Class<?> type, String property) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return Optional.of(c.getDeclaredField(property));
            } catch (NoSuchFieldException e) {
                String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
                try {
                    return Optional.of(c.getDeclaredMethod(getter));
                } catch (NoSuchMethodException ignored) {
                    // keep looking in the superclass
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> renamedFrom(AnnotatedElement element) {
        for (Annotation annotation : element.getDeclaredAnnotations()) {
            if (annotation.annotationType().getName().equals(ANNOTATION)) {
                try {
                    Method value = annotation.annotationType().getMethod("value");
                    return Optional.of((String) value.invoke(annotation));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read @RenamedFrom on " + element, e);
                }
            }
        }
        return Optional.empty();
    }
}
