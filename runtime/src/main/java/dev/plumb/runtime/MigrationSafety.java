package dev.plumb.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How risky a generated migration is on tables that hold rows, readable by tools (a CI gate, a deployment check)
 * through reflection. The generator writes it on every class it generates; the Javadoc says the same for humans.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MigrationSafety {

    /** The riskiest change of the migration. Anything added to a table the migration creates is safe. */
    Level worst();

    /** One line per change that is not {@link Level#SAFE}, as the generator describes it. */
    String[] unsafe() default {};

    /** Safety classes, from harmless to destructive. */
    enum Level {
        /** Cannot fail or lose data. */
        SAFE,
        /**
         * The database stops enforcing something (a dropped foreign key, unique, check, primary key, NOT NULL or
         * default): nothing fails now, but rows the rule kept out can come in.
         */
        WEAKENING,
        /** Holds a lock that blocks writes for a time that grows with the table. */
        LOCKING,
        /** Can fail on rows already there (a new unique, foreign key, check, NOT NULL, narrower type). */
        DATA_DEPENDENT,
        /** Destroys data: the down restores the structure, not the rows. */
        DATA_LOSS
    }
}
