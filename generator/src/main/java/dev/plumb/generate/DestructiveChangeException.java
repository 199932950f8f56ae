package dev.plumb.generate;

import dev.plumb.diff.RenameCandidate;

import java.util.List;

/**
 * The migration would lose data on a guess (for example an undeclared possible rename as drop + add). The message is
 * one line naming the objects and the option that resolves it; the CLI exits with code 4.
 */
public final class DestructiveChangeException extends RuntimeException {

    private final transient List<RenameCandidate> candidates;

    public DestructiveChangeException(String message) {
        this(message, List.of());
    }

    /** A refusal over possible renames, which an interactive run may confirm one by one. */
    public DestructiveChangeException(String message, List<RenameCandidate> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    /** The undeclared possible renames behind the refusal; empty for other refusals. */
    public List<RenameCandidate> candidates() {
        return candidates;
    }
}
