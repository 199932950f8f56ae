package dev.plumb.generate;

import dev.plumb.diff.Change;
import dev.plumb.diff.RenameCandidate;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The migration would lose data on a guess (for example an undeclared possible rename as drop + add) or without
 * consent (a drop of a table or column that may hold rows), or fail on existing rows (a NOT NULL without a value).
 * The message is one line naming the objects and the option that resolves it, {@link #lines()} every object when
 * there are several; the CLI exits with code 4. {@link #preview()} is the whole migration as it would be written
 * without the refusal, for {@code --dry-run} to show with the refused changes marked.
 */
public final class DestructiveChangeException extends RuntimeException {

    private final transient List<RenameCandidate> candidates;
    private final List<String> losses;
    private final List<String> lines;
    private final transient Optional<GeneratedMigration> preview;
    private final transient Predicate<Change> refused;

    public DestructiveChangeException(String message) {
        this(message, List.of(), List.of());
    }

    /** A refusal over possible renames, which an interactive run may confirm one by one. */
    public DestructiveChangeException(String message, List<RenameCandidate> candidates) {
        this(message, candidates, List.of());
    }

    private DestructiveChangeException(String message, List<RenameCandidate> candidates, List<String> losses) {
        super(message);
        this.candidates = List.copyOf(candidates);
        this.losses = List.copyOf(losses);
        this.lines = this.losses;
        this.preview = Optional.empty();
        this.refused = change -> false;
    }

    /** Everything {@code refusals} collected, over the migration {@code preview} shows. */
    DestructiveChangeException(String message, Refusals refusals, GeneratedMigration preview) {
        super(message);
        this.candidates = refusals.candidates();
        this.losses = refusals.losses();
        this.lines = refusals.lines();
        this.preview = Optional.of(preview);
        this.refused = refusals::refuses;
    }

    /**
     * A refusal over changes that lose data ({@code --allow-data-loss} writes them); {@code losses} lists every one,
     * so that one run names them all and an interactive run can confirm them at once.
     */
    public static DestructiveChangeException dataLoss(String message, List<String> losses) {
        return new DestructiveChangeException(message, List.of(), losses);
    }

    /** The undeclared possible renames behind the refusal; empty for other refusals. */
    public List<RenameCandidate> candidates() {
        return candidates;
    }

    /** The changes that would lose data, one line each ({@code - table t}); empty for other refusals. */
    public List<String> losses() {
        return losses;
    }

    /** Every object the refusal names, one line each, when there are several; printed below the message. */
    public List<String> lines() {
        return lines;
    }

    /** The whole migration as it would be without the refusal; empty when no plan was made. */
    public Optional<GeneratedMigration> preview() {
        return preview;
    }

    /** Whether this change of {@link #preview()} is one the refusal is about. */
    public boolean refuses(Change change) {
        return refused.test(change);
    }
}
