/**
 * Plumb's settings: where the database, the entities and the migrations are. {@link dev.plumb.config.ConfigResolver}
 * merges command-line flags, {@code PLUMB_*} environment variables and {@code plumb.properties} into one immutable
 * {@link dev.plumb.config.PlumbConfig}; {@link dev.plumb.config.Redactor} keeps the password out of every message.
 */
package dev.plumb.config;
