/**
 * A mapping H2 cannot express (a foreign key from a table in schema {@code branches} to a table in the default
 * schema), for the one-line error Plumb gives instead of a failing migration.
 */
package dev.plumb.oracle.unsupported;
