package dev.plumb.generate;

import dev.plumb.diff.Ownership;
import dev.plumb.runtime.Migration;
import dev.plumb.runtime.SchemaObjects;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What Plumb created, from the {@link SchemaObjects} records of the project's migrations folded in version order: each
 * migration's {@code dropped} leave the set, then its {@code created} enter it. A migration without a record (written
 * by {@code plumb new}, or generated before records existed) changes nothing, so what it made stays unmanaged.
 * Applied or not does not matter: an object Plumb would drop but that is not there is simply not in the diff.
 */
public final class RecordedOwnership {

    private RecordedOwnership() {
    }

    /** The ownership the migrations record; {@code migrations} in version order, as the loader returns them. */
    public static Ownership of(List<Migration> migrations) {
        Set<String> created = new HashSet<>();
        for (Migration migration : migrations) {
            SchemaObjects record = migration.getClass().getAnnotation(SchemaObjects.class);
            if (record != null) {
                Arrays.asList(record.dropped()).forEach(created::remove);
                created.addAll(Arrays.asList(record.created()));
            }
        }
        return Ownership.recorded(created);
    }
}
