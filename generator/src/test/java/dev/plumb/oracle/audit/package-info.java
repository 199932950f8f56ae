/**
 * An audit-heavy model in the shape of workflow and ticketing applications, written for Plumb's oracle suite: an
 * audit {@code @MappedSuperclass} with {@code @Version int} and created/updated columns, ORDINAL enums with one and
 * with several constants, {@code @Lob} strings and bytes, an attribute converter, and multi-operand checks that must
 * reach the database as written.
 */
package dev.plumb.oracle.audit;
