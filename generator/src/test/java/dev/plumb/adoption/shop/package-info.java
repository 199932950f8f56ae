/**
 * The adoption fixtures' entity model: an online shop of 21 entities in the shapes real applications have
 * (Spring Boot naming, an audit base class, enums, {@code @Lob}, Bean Validation, a {@code Set} many-to-many, a long
 * name). {@code src/test/resources/adoption/} holds the schemas a Flyway and a Liquibase application would have for it.
 */
package dev.plumb.adoption.shop;
