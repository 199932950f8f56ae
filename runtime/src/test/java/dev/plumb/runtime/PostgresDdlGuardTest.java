package dev.plumb.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which invalid index an interrupted statement built: the one it names, as PostgreSQL resolves the name. */
class PostgresDdlGuardTest {

    @Test
    void anIndexIsTheStatementsWhenItIsNamedAsAWholeIdentifier() {
        String sql = "create index concurrently ix_item_name on app.item (name)";

        assertThat(PostgresDdlGuard.mentions(sql, "ix_item_name")).isTrue();
        assertThat(PostgresDdlGuard.mentions("CREATE INDEX CONCURRENTLY IX_ITEM_NAME ON item (name)", "ix_item_name"))
                .as("unquoted names fold to lower case").isTrue();
        assertThat(PostgresDdlGuard.mentions(sql, "ix_item")).as("a prefix is another index").isFalse();
        assertThat(PostgresDdlGuard.mentions(sql, "ix_item_name_2")).isFalse();
        assertThat(PostgresDdlGuard.mentions("create index concurrently \"Ix\" on item (name)", "Ix")).isTrue();
        assertThat(PostgresDdlGuard.mentions("create index concurrently ix on item (name)", "Ix"))
                .as("a mixed-case name is only ever written quoted").isFalse();
    }
}
