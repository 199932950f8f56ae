package dev.plumb.cli;

import dev.plumb.diff.RenameCandidate;
import dev.plumb.diff.RenameHints;
import dev.plumb.generate.DestructiveChangeException;
import dev.plumb.generate.GenerateOptions;

import java.util.List;
import java.util.function.Function;

/**
 * The interactive answer to a {@code generate} refusal, when someone is at the terminal. Possible renames: each
 * candidate is put to them; if they confirm every one, generation runs again with those renames, as if passed with
 * {@code --rename}/{@code --rename-table}. Changes that lose data (drops): they are listed and confirmed at once; a
 * yes runs generation again as if {@code --allow-data-loss} was passed. A no, or no terminal, keeps the refusal
 * (exit 4), so nothing is ever guessed.
 */
final class RefusalConfirmation {

    /** A table rename can reveal column candidates inside it; a few rounds cover that, and a loop is impossible. */
    private static final int MAX_ROUNDS = 5;

    private final Prompt prompt;

    RefusalConfirmation(Prompt prompt) {
        this.prompt = prompt;
    }

    /** Runs {@code generator}, again with the confirmed options after each refusal the person resolves. */
    <T> T generate(GenerateOptions options, Function<GenerateOptions, T> generator) {
        GenerateOptions current = options;
        for (int round = 1; ; round++) {
            try {
                return generator.apply(current);
            } catch (DestructiveChangeException refusal) {
                if (!prompt.interactive() || round == MAX_ROUNDS) {
                    throw refusal;
                }
                current = confirm(refusal, current);
            }
        }
    }

    /** The options the person's answers amount to; the refusal when there is nothing to ask or they say no. */
    private GenerateOptions confirm(DestructiveChangeException refusal, GenerateOptions current) {
        if (!refusal.candidates().isEmpty()) {
            return current.withRenames(current.renames().and(confirmAll(refusal)));
        }
        if (!refusal.losses().isEmpty() && prompt.confirm("These changes lose data the down migration cannot bring "
                + "back:\n  " + String.join("\n  ", refusal.losses()) + "\nWrite them anyway (--allow-data-loss)?")) {
            return current.withAllowDataLoss();
        }
        throw refusal;
    }

    private RenameHints confirmAll(DestructiveChangeException refusal) {
        RenameHints confirmed = RenameHints.NONE;
        for (RenameCandidate candidate : refusal.candidates()) {
            if (!prompt.confirm("Possible rename: " + candidate.describe() + ". Was it renamed (" + candidate.hint()
                    + ")?")) {
                throw refusal;
            }
            confirmed = confirmed.and(hint(candidate));
        }
        return confirmed;
    }

    /** The candidate as the option would declare it. */
    private static RenameHints hint(RenameCandidate candidate) {
        String hint = candidate.hint();
        String value = hint.substring(hint.indexOf(' ') + 1);
        return candidate.isTable() ? RenameHints.parse(List.of(), List.of(value))
                : RenameHints.parse(List.of(value), List.of());
    }
}
