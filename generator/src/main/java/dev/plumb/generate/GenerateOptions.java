package dev.plumb.generate;

import dev.plumb.diff.RenameHints;

import java.util.Objects;

/**
 * What the user tells {@code generate} beyond the entities: declared renames (added to those the entities declare
 * with {@code @RenamedFrom}), and whether a possible rename may become drop + add, losing the column's or table's
 * data.
 */
public record GenerateOptions(RenameHints renames, boolean allowDataLoss) {

    public static final GenerateOptions DEFAULT = new GenerateOptions(RenameHints.NONE, false);

    public GenerateOptions {
        Objects.requireNonNull(renames, "renames");
    }
}
