/**
 * liquibase-hibernate7's {@code diffChangeLog} as a peer of {@code plumb generate} in {@code bench/run generate}. A
 * module of its own, run as its own JVM, because the extension needs an older Hibernate than Plumb's. Not part of
 * the default build (profile {@code bench}).
 */
package dev.plumb.bench.liquibase;
