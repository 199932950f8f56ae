package dev.plumb.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The schema objects a generated migration's {@code up} creates and drops, as the generator identifies them (for
 * example {@code index shop.book (title)} or {@code not null shop.book.title}). The generator folds these records of
 * all migrations, in version order, into the set of objects Plumb itself made: only those are dropped when the entities
 * stop describing them; everything else in the database is kept unless {@code --prune} is given.
 *
 * <p>The record lives in the class, not in the database, so it survives rollbacks and hand-edited SQL; a hand-written
 * migration ({@code plumb new}) carries none, so what it creates stays the user's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaObjects {

    /** The objects {@code up} creates. */
    String[] created() default {};

    /** The objects {@code up} drops. */
    String[] dropped() default {};
}
