package com.example.shop;

import dev.plumb.junit.PlumbAssertions;
import org.junit.jupiter.api.Test;

/** Fails with the missing SQL when an entity changes without a migration. */
class MigrationsCoverEntitiesTest {

    @Test
    void migrationsCoverTheEntities() {
        PlumbAssertions.assertNoDrift();
    }
}
