package dev.plumb.diff;

import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.Index;
import dev.plumb.model.PrimaryKey;
import dev.plumb.model.Schema;
import dev.plumb.model.Table;
import dev.plumb.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the entities and the database both have, but under another name or with its columns in another order: the
 * differences the diff ignores, listed for a reviewer adopting a database ("these look different and are not").
 *
 * <p>A unique key, foreign key or index the entities leave unnamed (or that Hibernate named with a hash,
 * {@link GeneratedNames}) is the database's object of the same definition whatever its name there; a primary key over
 * the same columns in another order is the same key ({@code TableDiffer} explains why it is not re-created). One line
 * each, starting with {@code =}. The rules mirror the differ's matching: what is listed here is never in a plan.
 */
public final class NameOnlyDifferences {

    private NameOnlyDifferences() {
    }

    /** The name-only and order-only differences of the tables both schemas have; both sides normalized. */
    public static List<String> between(Schema current, Schema desired) {
        List<String> lines = new ArrayList<>();
        for (Table wanted : desired.tables()) {
            current.table(wanted.name()).ifPresent(was -> lines.addAll(of(was, wanted)));
        }
        return List.copyOf(lines);
    }

    private static List<String> of(Table was, Table wanted) {
        List<String> lines = new ArrayList<>();
        primaryKeyOrder(was, wanted).ifPresent(lines::add);
        renamed(was.uniqueConstraints(), wanted.uniqueConstraints(), UniqueConstraint::name,
                (a, b) -> a.columns().equals(b.columns()),
                unique -> "unique on " + wanted.name() + " " + Describe.columns(unique.columns()), lines);
        renamed(was.foreignKeys(), wanted.foreignKeys(), ForeignKey::name, NameOnlyDifferences::sameForeignKey,
                key -> "foreign key on " + wanted.name() + " " + Describe.columns(key.columns()) + " references "
                        + key.referencedTable(), lines);
        renamed(was.indexes(), wanted.indexes(), index -> Optional.of(index.name()),
                (a, b) -> a.equals(new Index(a.name(), b.columns(), b.unique(), b.predicate())),
                index -> (index.unique() ? "unique index on " : "index on ") + wanted.name() + " "
                        + index.columns().stream().map(SchemaObjectIds::element)
                        .collect(Collectors.joining(", ", "(", ")")), lines);
        return lines;
    }

    private static Optional<String> primaryKeyOrder(Table was, Table wanted) {
        Optional<List<Identifier>> from = was.primaryKey().map(PrimaryKey::columns);
        Optional<List<Identifier>> to = wanted.primaryKey().map(PrimaryKey::columns);
        if (from.isEmpty() || to.isEmpty() || from.equals(to)
                || !new HashSet<>(from.get()).equals(new HashSet<>(to.get()))) {
            return Optional.empty();
        }
        return Optional.of("= primary key on " + wanted.name() + ": " + Describe.columns(from.get())
                + " in the database, " + Describe.columns(to.get()) + " in the entities; the order is kept");
    }

    /**
     * Each wanted object whose name the entity did not choose, paired with a current one of the same definition
     * under another name; a current object pairs once.
     */
    private static <T> void renamed(List<T> current, List<T> desired, Function<T, Optional<Identifier>> name,
                                    BiPredicate<T, T> sameDefinition, Function<T, String> what, List<String> lines) {
        List<T> unpaired = new ArrayList<>(current);
        for (T wanted : desired) {
            Optional<Identifier> wantedName = name.apply(wanted).filter(n -> !GeneratedNames.isGenerated(n));
            if (wantedName.isPresent()) {
                continue;
            }
            unpaired.stream().filter(was -> sameDefinition.test(was, wanted)).findFirst().ifPresent(was -> {
                unpaired.remove(was);
                Optional<Identifier> stored = name.apply(was);
                if (stored.isPresent() && !stored.equals(name.apply(wanted))) {
                    lines.add("= " + what.apply(wanted) + ": named " + stored.get() + " in the database, "
                            + name.apply(wanted).map(n -> n + " by Hibernate").orElse("unnamed in the entities"));
                }
            });
        }
    }

    private static boolean sameForeignKey(ForeignKey was, ForeignKey wanted) {
        return was.columns().equals(wanted.columns()) && was.referencedTable().equals(wanted.referencedTable())
                && was.referencedColumns().equals(wanted.referencedColumns()) && was.onDelete() == wanted.onDelete();
    }
}
