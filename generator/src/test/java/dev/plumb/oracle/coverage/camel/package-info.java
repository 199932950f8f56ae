/**
 * Entities with camel-case names, read once with each naming strategy Spring Boot applications use
 * ({@code CamelCaseToUnderscoresNamingStrategy}, {@code PhysicalNamingStrategySnakeCaseImpl}) passed as Hibernate
 * settings: table {@code SalesRegion} becomes {@code sales_region}, join columns {@code region_id}.
 */
package dev.plumb.oracle.coverage.camel;
