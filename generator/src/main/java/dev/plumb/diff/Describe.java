package dev.plumb.diff;

import dev.plumb.model.Identifier;

import java.util.List;
import java.util.stream.Collectors;

/** Small formatting helpers shared by the {@code describe()} methods. */
final class Describe {

    private Describe() {
    }

    static String columns(List<Identifier> columns) {
        return columns.stream().map(Identifier::toString).collect(Collectors.joining(", ", "(", ")"));
    }
}
