/**
 * Plumb's own immutable, dialect-neutral schema model: what the reader produces from the entities, what the
 * inspectors produce from the catalog, and what the diff compares. Nothing here knows Hibernate or JDBC.
 */
package dev.plumb.model;
