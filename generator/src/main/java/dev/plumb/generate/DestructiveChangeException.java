package dev.plumb.generate;

import dev.plumb.diff.RenameCandidate;

import java.util.List;

/**
 * The migration would lose data on a guess (for example an undeclared possible rename as drop + add) or without
 * consent (a drop of a table or column that may hold rows). The message is one line naming the objects and the
 * option that resolves it; the CLI exits with code 4.
 */
public final class DestructiveChangeException extends RuntimeException {

    private final transient List<RenameCandidate> candidates;
    private final List<String> losses;

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
}
