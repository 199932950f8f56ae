package dev.plumb.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a database can do beyond plain tables, columns and keys, so that the rest of the pipeline asks instead of
 * naming a database: a mapping it cannot express is refused before anything is generated (one line naming the entity
 * and the object), not written into a migration that fails half-way. In the spirit of Django's {@code features.py}:
 * each dialect states its own, in its package ({@code PostgresFeatures}, {@code H2Features}).
 *
 * @param transactionalDdl          DDL runs inside a transaction and is undone by a rollback; without it a failed
 *                                  migration leaves its earlier statements applied
 * @param nonTransactionalStatements statements the database refuses inside a transaction block (each pattern matches
 *                                  a whole statement, case-insensitively)
 * @param expressionIndexes         index keys that are expressions, such as {@code lower(domain)}
 * @param partialIndexes            indexes with a {@code where} condition
 * @param foreignKeysUseIndexes     a foreign key takes over an existing index that covers its columns, which then
 *                                  cannot be dropped while the foreign key exists
 * @param foreignKeysIntoDefaultSchema a table in a named schema can reference a table of the default schema by the
 *                                  unqualified name Hibernate writes
 * @param maxIdentifierLength       the longest name the database keeps whole
 * @param foreignKeysMoveToNewIndexes an index or unique constraint made later on a foreign key's columns becomes the
 *                                  foreign key's index, and the database drops the one it had made for the foreign
 *                                  key; so that index or unique constraint cannot be dropped while the foreign key
 *                                  exists
 */
public record DialectFeatures(boolean transactionalDdl, List<Pattern> nonTransactionalStatements,
                              boolean expressionIndexes, boolean partialIndexes, boolean foreignKeysUseIndexes,
                              boolean foreignKeysIntoDefaultSchema, IdentifierLength maxIdentifierLength,
                              boolean foreignKeysMoveToNewIndexes) {

    /**
     * A database that can express everything the model can hold, with foreign keys independent of indexes and names
     * as long as SQL's own limit (128 characters).
     */
    public static final DialectFeatures ALL = new DialectFeatures(true, List.of(), true, true, false, true,
            IdentifierLength.characters(128));

    public DialectFeatures {
        nonTransactionalStatements = List.copyOf(nonTransactionalStatements);
    }

    /** A database whose foreign keys keep the index they have ({@code foreignKeysMoveToNewIndexes} false). */
    public DialectFeatures(boolean transactionalDdl, List<Pattern> nonTransactionalStatements,
                           boolean expressionIndexes, boolean partialIndexes, boolean foreignKeysUseIndexes,
                           boolean foreignKeysIntoDefaultSchema, IdentifierLength maxIdentifierLength) {
        this(transactionalDdl, nonTransactionalStatements, expressionIndexes, partialIndexes, foreignKeysUseIndexes,
                foreignKeysIntoDefaultSchema, maxIdentifierLength, false);
    }

    /** Whether the database accepts {@code statement} inside a transaction block. */
    public boolean runsInTransaction(String statement) {
        return nonTransactionalStatements.stream().noneMatch(kind -> kind.matcher(statement).matches());
    }
}
