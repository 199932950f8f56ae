package dev.plumb.model;

/**
 * What a database can express beyond plain tables, columns and keys, so that a mapping it cannot express is refused
 * before anything is generated (one line naming the entity and the object), not written into a migration that fails
 * half-way. In the spirit of Django's {@code features.py}: each dialect states its own; the rest of the pipeline asks.
 *
 * @param expressionIndexes index keys that are expressions, such as {@code lower(domain)}
 * @param partialIndexes    indexes with a {@code where} condition
 * @param foreignKeysUseIndexes a foreign key takes over an existing index that covers its columns (H2), which then
 *                          cannot be dropped while the foreign key exists
 */
public record DialectFeatures(boolean expressionIndexes, boolean partialIndexes, boolean foreignKeysUseIndexes) {

    /** A database that can express everything the model can hold, with foreign keys independent of indexes. */
    public static final DialectFeatures ALL = new DialectFeatures(true, true, false);
}
