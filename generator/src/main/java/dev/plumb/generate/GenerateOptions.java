package dev.plumb.generate;

import dev.plumb.dialect.IgnoredTables;
import dev.plumb.diff.Backfills;
import dev.plumb.diff.Ownership;
import dev.plumb.diff.RenameHints;

import java.util.Objects;

/**
 * What the user tells {@code generate} beyond the entities: declared renames (added to those the entities declare
 * with {@code @RenamedFrom}), values for existing rows of columns that become {@code not null}
 * ({@code --backfill}), and whether changes that lose data may be written: drops, narrowing type changes, a
 * possible rename as drop + add; the tables that belong to other tools ({@code --ignore}), never diffed; and which objects
 * Plumb may drop ({@link Ownership}: by default in this API every one, as tests and the CI gate need; {@code generate}
 * passes what the migrations recorded unless {@code --prune}); and whether changes to existing tables take the
 * dialect's online forms ({@code online}, default true: see {@link dev.plumb.dialect.SqlDialect#renderer(boolean)}).
 *
 * <p>{@code reportOnly} is for {@code check}, which reports the missing changes and writes nothing: it needs every
 * change listed, so a possible rename is listed as drop + add and a new {@code not null} needs no backfill; the
 * decisions are {@code generate}'s, when the migration is written.
 */
public record GenerateOptions(RenameHints renames, Backfills backfills, boolean allowDataLoss, boolean reportOnly,
                              IgnoredTables ignored, Ownership ownership, boolean online) {

    public static final GenerateOptions DEFAULT = new GenerateOptions(RenameHints.NONE, Backfills.NONE, false);

    /** For a drift report: every change listed, nothing refused. */
    public static final GenerateOptions REPORT_ONLY = new GenerateOptions(RenameHints.NONE, Backfills.NONE, true,
            true);

    public GenerateOptions {
        Objects.requireNonNull(renames, "renames");
        Objects.requireNonNull(backfills, "backfills");
        Objects.requireNonNull(ignored, "ignored");
        Objects.requireNonNull(ownership, "ownership");
    }

    /** Options with the online forms, where the dialect has them. */
    public GenerateOptions(RenameHints renames, Backfills backfills, boolean allowDataLoss, boolean reportOnly,
                           IgnoredTables ignored, Ownership ownership) {
        this(renames, backfills, allowDataLoss, reportOnly, ignored, ownership, true);
    }

    public GenerateOptions(RenameHints renames, Backfills backfills, boolean allowDataLoss, boolean reportOnly,
                           IgnoredTables ignored) {
        this(renames, backfills, allowDataLoss, reportOnly, ignored, Ownership.EVERYTHING);
    }

    public GenerateOptions(RenameHints renames, Backfills backfills, boolean allowDataLoss, boolean reportOnly) {
        this(renames, backfills, allowDataLoss, reportOnly, IgnoredTables.DEFAULT);
    }

    public GenerateOptions(RenameHints renames, Backfills backfills, boolean allowDataLoss) {
        this(renames, backfills, allowDataLoss, false);
    }

    public GenerateOptions(RenameHints renames, boolean allowDataLoss) {
        this(renames, Backfills.NONE, allowDataLoss);
    }

    /** The same options with data loss allowed, as after {@code --allow-data-loss} or a confirmation. */
    public GenerateOptions withAllowDataLoss() {
        return new GenerateOptions(renames, backfills, true, reportOnly, ignored, ownership, online);
    }

    public GenerateOptions withRenames(RenameHints newRenames) {
        return new GenerateOptions(newRenames, backfills, allowDataLoss, reportOnly, ignored, ownership, online);
    }

    /** The same options with what Plumb may drop: see {@link Ownership}. */
    public GenerateOptions withOwnership(Ownership newOwnership) {
        return new GenerateOptions(renames, backfills, allowDataLoss, reportOnly, ignored, newOwnership, online);
    }

    public GenerateOptions withIgnored(IgnoredTables newIgnored) {
        return new GenerateOptions(renames, backfills, allowDataLoss, reportOnly, newIgnored, ownership, online);
    }

    /** The same options with the online forms on or off ({@code online=}, {@code --online}). */
    public GenerateOptions withOnline(boolean newOnline) {
        return new GenerateOptions(renames, backfills, allowDataLoss, reportOnly, ignored, ownership, newOnline);
    }
}
