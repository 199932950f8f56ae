package dev.plumb.diff;

import dev.plumb.model.Column;
import dev.plumb.model.Identifier;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the renames a diff would otherwise turn into drop + add, so that the generator can refuse to lose data on a
 * guess. Compatible means: for a column, one disappears and one appears in the same table with the same base type,
 * which may differ in length or precision ({@link TypeRules#sameBase}, the dialect's answer); for a table, one
 * disappears and one appears in the same schema with the same column names.
 */
public final class RenameCandidates {

    private RenameCandidates() {
    }

    /** Candidates left after the declared renames in {@code hints} are applied. */
    public static List<RenameCandidate> find(Schema current, Schema desired, RenameHints hints, TypeRules types) {
        Schema renamed = new RenameResolver(current, desired).resolve(hints).current();
        List<RenameCandidate> candidates = new ArrayList<>();
        for (Table wanted : desired.tables()) {
            Optional<Table> existing = renamed.table(wanted.name());
            if (existing.isPresent()) {
                candidates.addAll(columns(existing.get(), wanted, types));
            } else {
                renamed.tables().stream()
                        .filter(old -> desired.table(old.name()).isEmpty()
                                && old.name().namespace().equals(wanted.name().namespace())
                                && names(old).equals(names(wanted)))
                        .forEach(old -> candidates.add(new RenameCandidate(old.name(), wanted.name(),
                                Optional.empty(), Optional.empty())));
            }
        }
        return List.copyOf(candidates);
    }

    private static List<RenameCandidate> columns(Table current, Table desired, TypeRules types) {
        List<RenameCandidate> candidates = new ArrayList<>();
        for (Column gone : current.columns()) {
            if (desired.column(gone.name()).isPresent()) {
                continue;
            }
            desired.columns().stream()
                    .filter(added -> current.column(added.name()).isEmpty()
                            && types.sameBase(added.type(), gone.type()))
                    .forEach(added -> candidates.add(new RenameCandidate(desired.name(), desired.name(),
                            Optional.of(gone.name()), Optional.of(added.name()))));
        }
        return candidates;
    }

    private static Set<Identifier> names(Table table) {
        return table.columns().stream().map(Column::name).collect(Collectors.toSet());
    }
}
