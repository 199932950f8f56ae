/**
 * Turning changes into SQL: {@link dev.plumb.render.CommonSqlRenderer} writes the statements PostgreSQL and H2 (and
 * the SQL standard) share, in Hibernate's lower-case style; each dialect's renderer extends it and overrides only the
 * few statements where its database differs.
 */
package dev.plumb.render;
