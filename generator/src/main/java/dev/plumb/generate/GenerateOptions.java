package dev.plumb.generate;

import dev.plumb.diff.Backfills;
import dev.plumb.diff.RenameHints;

import java.util.Objects;

/**
 * What the user tells {@code generate} beyond the entities: declared renames (added to those the entities declare
 * with {@code @RenamedFrom}), values for existing rows of columns that become {@code not null}
 * ({@code --backfill}), and whether a possible rename may become drop + add, losing the column's or table's
 * data.
 */
public record GenerateOptions(RenameHints renames, Backfills backfills, boolean allowDataLoss) {

    public static final GenerateOptions DEFAULT = new GenerateOptions(RenameHints.NONE, Backfills.NONE, false);

    public GenerateOptions {
        Objects.requireNonNull(renames, "renames");
        Objects.requireNonNull(backfills, "backfills");
    }

    public GenerateOptions(RenameHints renames, boolean allowDataLoss) {
        this(renames, Backfills.NONE, allowDataLoss);
    }

    public GenerateOptions withRenames(RenameHints newRenames) {
        return new GenerateOptions(newRenames, backfills, allowDataLoss);
    }
}
