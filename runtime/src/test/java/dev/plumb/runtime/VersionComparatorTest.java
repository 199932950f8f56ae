package dev.plumb.runtime;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VersionComparatorTest {

    @Test
    void comparesPartByPartNumbersNumerically() {
        List<String> versions = new ArrayList<>(List.of("10", "2", "1.10", "1.9", "1_2-3", "1.2", "1.2.a",
                "20261122093015", "3", "1.2.b", "99999999999999999999999"));

        versions.sort(VersionComparator.INSTANCE);

        assertThat(versions).containsExactly("1.2", "1_2-3", "1.2.a", "1.2.b", "1.9", "1.10", "2", "3", "10",
                "20261122093015", "99999999999999999999999");
    }

    @Test
    void leadingZerosDoNotMakeADifferentVersion() {
        assertThat(VersionComparator.INSTANCE.compare("1.01", "1.1")).isZero();
        assertThat(VersionComparator.INSTANCE.compare("1", "1.0")).isNegative();
    }
}
