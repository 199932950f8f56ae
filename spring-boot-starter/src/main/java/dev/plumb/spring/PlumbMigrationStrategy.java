package dev.plumb.spring;

import dev.plumb.runtime.Migrator;

/**
 * What start-up does with the configured {@link Migrator}. A bean of this type replaces the default ({@link
 * #applyPending()}: baseline if configured, then migrate), e.g. to only {@code validate()} in production and leave
 * migrating to a deployment step, or to migrate to a fixed version.
 */
@FunctionalInterface
public interface PlumbMigrationStrategy {

    void migrate(Migrator migrator);
}
