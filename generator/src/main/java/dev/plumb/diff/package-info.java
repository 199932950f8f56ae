/**
 * The difference between two schemas as data: a flat list of {@link dev.plumb.diff.Change} records, each knowing
 * its inverse, its safety and its one-line description, and the {@link dev.plumb.diff.SchemaDiffer} that computes it.
 * The package names no dialect: what differs between databases (how a type change affects stored values, how an
 * added constraint is named, the SQL of a reviewer's query) it asks through interfaces it owns
 * ({@link dev.plumb.diff.TypeRules}, {@link dev.plumb.diff.ConstraintNaming},
 * {@link dev.plumb.diff.OffendingRows.Queries}) that {@code dev.plumb.dialect} implements.
 */
package dev.plumb.diff;
