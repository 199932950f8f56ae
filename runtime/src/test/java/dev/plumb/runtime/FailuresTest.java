package dev.plumb.runtime;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {

    @Test
    void aFullLockTableNamesTheSettingToRaise() {
        SQLException full = new SQLException("ERROR: out of shared memory\n  Hint: You might need to increase "
                + "max_locks_per_transaction.", "53200");

        assertThat(Failures.lockTableHint(full)).contains("max_locks_per_transaction").contains("split");
    }

    @Test
    void otherFailuresGetNoLockTableHint() {
        assertThat(Failures.lockTableHint(new SQLException("ERROR: relation \"x\" does not exist", "42P01")))
                .isEmpty();
        assertThat(Failures.lockTableHint(new SQLException("ERROR: out of memory", "53200"))).isEmpty();
    }
}
