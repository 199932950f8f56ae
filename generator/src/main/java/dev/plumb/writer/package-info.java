/**
 * Writes migration classes: one {@code V<timestamp>__<Name>.java} per migration, generated with JavaPoet, with one
 * SQL statement per argument (multi-line ones as text blocks) and a Javadoc that lists every change and calls out
 * data loss and locking. The classes implement {@link dev.plumb.runtime.Migration} and need nothing but the runtime.
 */
package dev.plumb.writer;
