package dev.plumb.diff;

import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;

/**
 * Renames a unique constraint, foreign key or check that the database already has with the definition the entity
 * wants, but under another name than the one the entity states. Renaming keeps the constraint (and, for a unique
 * constraint, its index) in place: dropping and adding it again would re-validate every row and, while it is away,
 * enforce nothing.
 */
public record RenameConstraint(QualifiedName table, Kind kind, Identifier from, Identifier to) implements Change {

    /** What is renamed, as {@link #describe()} names it. */
    public enum Kind {
        UNIQUE("unique"), FOREIGN_KEY("foreign key"), CHECK("check");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public Change inverse() {
        return new RenameConstraint(table, kind, to, from);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String describe() {
        return "~ " + kind.label() + " " + from + " -> " + to + " on " + table;
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
