/**
 * Reads the desired schema from JPA entities: finds the entity classes ({@link dev.plumb.reader.EntityScanner}),
 * boots Hibernate's mapping metadata offline ({@code MetadataBoot}) and converts it into {@code dev.plumb.model}
 * records ({@link dev.plumb.reader.HibernateModelReader}); also exports Hibernate's own DDL for oracle tests
 * ({@link dev.plumb.reader.HibernateSchemaExport}). The only package that imports {@code org.hibernate}: Hibernate's
 * configuration-time model changes between major versions, so it must not leak.
 */
package dev.plumb.reader;
