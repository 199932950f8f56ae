/**
 * The difference between two schemas as data: a flat list of {@link dev.plumb.diff.Change} records, each knowing
 * its inverse, its safety and its one-line description, and the {@link dev.plumb.diff.SchemaDiffer} that computes it.
 */
package dev.plumb.diff;
