package dev.plumb.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a column or table used to have another name, so that {@code plumb generate} renames it instead of
 * dropping it (with its data) and adding an empty one. Plumb never guesses a rename; this annotation, or the
 * {@code --rename} / {@code --rename-table} options, is how one is declared.
 *
 * <p>On a persistent field: {@code value} is the column's previous name, as it is stored in the database (for
 * example {@code @RenamedFrom("display_name")}). On an entity class: the previous name of its table, in the same
 * schema. The annotation may stay in the code after the migration is generated: once the old name is gone from the
 * database it has no effect.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface RenamedFrom {

    /** The previous column name (on a field or getter) or table name (on an entity class). */
    String value();
}
