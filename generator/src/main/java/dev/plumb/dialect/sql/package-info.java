/**
 * Dialect-neutral helpers the dialect packages share: the SQL expression canonicalizer (tokenizer, parenthesis tree,
 * printer, the rewrites every database needs) used by the normalizers, the type-spelling parser, and the catalog
 * plumbing of the inspectors (query resources, assembling catalog rows into model records, rewriting a schema with
 * normalization rules). What one database does differently is not switched here: a dialect passes it in (its
 * {@link dev.plumb.dialect.sql.StoredForms}, its {@link dev.plumb.dialect.sql.IdentifierQuoting}).
 */
package dev.plumb.dialect.sql;
