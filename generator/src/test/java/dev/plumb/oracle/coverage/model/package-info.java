/**
 * The mapping-coverage model, read with Hibernate's default naming: one small entity group per family of mappings
 * (ids and generators, basic types, enums, defaults and checks, relations, embeddables and composite keys,
 * inheritance, namespaces, keys and indexes, quoted and reserved names). {@code dev.plumb.scenario.MappingCases}
 * lists every case and where it lives.
 */
package dev.plumb.oracle.coverage.model;
