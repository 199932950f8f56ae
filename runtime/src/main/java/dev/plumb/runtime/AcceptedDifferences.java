package dev.plumb.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The differences between the entities and an adopted database that {@code plumb baseline} found and accepted, on
 * the baseline migration, one change line each (for example {@code ~ column book.title: varchar(255) -> varchar(200)}).
 *
 * <p>Adopting a database is the moment its differences from the entities come to light; they are real, and
 * {@code plumb generate} writes the migration that resolves them, but they are not drift: no entity changed without
 * a migration. {@code plumb check} lists them and passes while the changes it would still need are all accepted ones,
 * and fails as soon as one is not (an entity changed after the baseline). Accepted differences that a later migration
 * resolves simply stop appearing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AcceptedDifferences {

    /** The change lines, as {@code plumb generate --dry-run} prints them. */
    String[] value();
}
