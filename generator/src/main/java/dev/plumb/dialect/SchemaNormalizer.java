package dev.plumb.dialect;

import dev.plumb.model.Schema;

/**
 * Rewrites a schema into the dialect's one canonical form: type spellings ({@code int4}, {@code integer}),
 * default expressions ({@code 'x'::character varying}, {@code FALSE}) and check-constraint text (PostgreSQL's
 * {@code = ANY (ARRAY[...])}). Applied to both the entity side and the inspected side before the diff, so that
 * two schemas that mean the same thing are equal records. Every canonical form is still valid SQL for the dialect.
 *
 * <p>Phantom diffs are born here: every rule has a test against a real database.
 */
public interface SchemaNormalizer {

    Schema normalize(Schema schema);
}
