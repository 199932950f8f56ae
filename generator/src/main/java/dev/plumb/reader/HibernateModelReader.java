package dev.plumb.reader;

import dev.plumb.model.Schema;

/**
 * Reads the desired schema from JPA entities by booting Hibernate's metadata offline. STUB: the reader helper
 * implements it. The only package that imports {@code org.hibernate}.
 */
public final class HibernateModelReader {

    /** The raw (not yet normalized) schema Hibernate would create for the target database. */
    public Schema read(EntitySource source, DatabaseTarget target) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
