/**
 * Plumb's CI gate inside an application's own test suite: {@link dev.plumb.junit.PlumbAssertions#assertNoDrift}
 * fails a test with the {@code plumb check} report when an entity changed without a migration.
 */
package dev.plumb.junit;
