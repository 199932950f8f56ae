package dev.plumb.reader;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns "a class the entities need is not on the classpath" into a configuration error that names it. An entity
 * listener or converter from a library that is missing from {@code --entities} (Spring Data's
 * {@code AuditingEntityListener} without {@code spring-aspects}) fails deep inside Hibernate's annotation reading,
 * as a {@code RuntimeException} around an {@code InvocationTargetException} around a {@code TypeNotPresentException};
 * only the causes name the missing class, and nothing names the entity. This finds both.
 */
final class MissingClasses {

    private MissingClasses() {
    }

    /** The class a failure could not find, from the deepest cause that names one. */
    static Optional<String> missingClass(Throwable failure) {
        String missing = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ClassNotFoundException && t.getMessage() != null) {
                missing = t.getMessage();
            } else if (t instanceof NoClassDefFoundError && t.getMessage() != null) {
                missing = t.getMessage().replace('/', '.');
            } else if (t instanceof TypeNotPresentException notPresent && missing == null
                    && !notPresent.typeName().equals("[unknown]")) {
                missing = notPresent.typeName();
            }
        }
        return Optional.ofNullable(missing);
    }

    /** The error for the user: the entity (or other mapped class) that needs the class, the class, the fix. */
    static MappingException error(ManagedClasses classes, String missing, Throwable failure) {
        String owner = classes.all().stream().filter(MissingClasses::cannotResolve).findFirst()
                .map(type -> type.getName() + " needs class ").orElse("an entity needs class ");
        return new MappingException(owner + missing + ", which is not on --entities (an entity listener's, "
                + "converter's or field type's library?): add the jar or folder that holds it to --entities", failure);
    }

    /**
     * True when reading what Hibernate reads of the class fails: its fields and methods, and every annotation value on
     * them and on the class (an {@code @EntityListeners} or {@code @Convert} value is a class, resolved only then).
     */
    private static boolean cannotResolve(Class<?> type) {
        try {
            List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
            elements.addAll(List.of(type.getDeclaredFields()));
            elements.addAll(List.of(type.getDeclaredMethods()));
            for (AnnotatedElement element : elements) {
                for (Annotation annotation : element.getAnnotations()) {
                    readValues(annotation);
                }
            }
            return false;
        } catch (LinkageError | TypeNotPresentException e) {
            return true;
        }
    }

    private static void readValues(Annotation annotation) {
        for (Method member : annotation.annotationType().getDeclaredMethods()) {
            try {
                member.invoke(annotation);
            } catch (ReflectiveOperationException e) {
                if (e.getCause() instanceof TypeNotPresentException notPresent) {
                    throw notPresent;
                }
            }
        }
    }
}
