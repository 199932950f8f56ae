/**
 * Dialect-neutral helpers the dialect packages share: the SQL expression canonicalizer (tokenizer, parenthesis tree,
 * printer, rewrites) used by the normalizers, the type-spelling parser, and the catalog plumbing of the inspectors
 * (query resources, assembling catalog rows into model records, rewriting a schema with normalization rules).
 */
package dev.plumb.dialect.sql;
