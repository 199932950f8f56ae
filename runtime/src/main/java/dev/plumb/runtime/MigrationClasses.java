package dev.plumb.runtime;

import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The one rule for what a migration class is and how migrations order, owned by the runtime because the runtime is
 * what applies them. The generator (which loads a project's migrations to replay or inspect them) asks here instead of
 * keeping its own copy, so the two can never disagree about which class is a migration, which of two versions comes
 * first, or which two versions are duplicates.
 */
public final class MigrationClasses {

    private MigrationClasses() {
    }

    /**
     * A concrete class implementing {@link Migration} that can be instantiated on its own: not an interface, not
     * abstract, not anonymous or local, and not an inner class that needs an enclosing instance. Whether it is public
     * with a public no-argument constructor is checked when it is instantiated, with an error naming it.
     */
    public static boolean isMigration(Class<?> type) {
        int modifiers = type.getModifiers();
        return Migration.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(modifiers)
                && !type.isAnonymousClass() && !type.isLocalClass()
                && (type.getEnclosingClass() == null || Modifier.isStatic(modifiers));
    }

    /**
     * Version order: parts split on {@code .}, {@code _} and {@code -}, digits compared as numbers, a number before
     * text, a prefix first. Two versions this order calls equal are duplicates.
     */
    public static Comparator<String> versionOrder() {
        return VersionComparator.INSTANCE;
    }

    /**
     * The migrations sorted by version, refusing what the runtime would refuse before running anything: a duplicate
     * version (under {@link #versionOrder()}, so {@code 1} and {@code 01} are duplicates), an empty or over-long
     * version, a {@code version()} or {@code description()} that throws.
     *
     * @throws ValidationException naming the offending migration
     */
    public static List<Migration> inVersionOrder(Collection<? extends Migration> migrations) {
        return new MigrationCatalog(migrations).all();
    }

    /**
     * Whether a migration's script (its up or its down) can run on {@code dialect}: it names the dialect, with
     * statements or deliberately without ({@code script.on(Dialect.H2)} says H2 needs nothing), or it names no
     * dialect at all (an empty hand-written migration, such as {@code plumb new}'s template left unfilled). A script
     * with SQL for other dialects only was written without this database in mind: {@code migrate} refuses it before
     * anything runs ({@link ValidationException}), {@code plumb check} reports it.
     */
    public static boolean covers(Script script, Dialect dialect) {
        return script.dialects().isEmpty() || script.dialects().contains(dialect);
    }
}
