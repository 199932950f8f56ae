/**
 * A small but realistic online bookshop: the demo domain Plumb generates migrations for in the quick start and the
 * end-to-end tests.
 *
 * <p>Names follow Spring Boot conventions: the physical naming strategy in {@code plumb.properties} turns
 * {@code placedAt} into {@code placed_at} and {@code OrderLine} into {@code order_line}, so columns are named only
 * where a real application would name them. The mappings stay mainstream on purpose (no inheritance, no element
 * collections, no LOBs) so the generated SQL is easy to read.
 */
package dev.plumb.sample;
