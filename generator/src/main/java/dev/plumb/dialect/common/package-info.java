/**
 * The SQL the dialects share, as base classes their parts extend: {@link dev.plumb.dialect.common.CommonSqlRenderer}
 * writes the statements PostgreSQL and H2 (and the SQL standard) share, in Hibernate's lower-case style; each
 * dialect's renderer ({@code PostgresSqlRenderer}, {@code H2SqlRenderer}) extends it and overrides only the few
 * statements where its database differs.
 *
 * <p>Why a package of its own rather than {@code dialect.sql}: {@code sql} is a toolbox the dialects call to read SQL
 * (the expression canonicalizer, the catalog plumbing of the inspectors), with no opinion about any statement;
 * {@code common} holds the default behaviour of a dialect part, written once, which a dialect inherits and overrides.
 * Neither imports a dialect package, and the dialect root imports neither, so there is no package cycle.
 */
package dev.plumb.dialect.common;
