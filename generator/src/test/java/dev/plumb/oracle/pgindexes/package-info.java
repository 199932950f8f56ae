/**
 * Indexes only PostgreSQL can express, read by the oracle suite on PostgreSQL alone: an expression key for
 * case-insensitive uniqueness and a partial index (Jakarta Persistence 3.2 {@code @Index(options)}).
 */
package dev.plumb.oracle.pgindexes;
