package dev.plumb.diff;

import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;

/**
 * Renames an index that the database already has with the definition the entity wants, under another name than the
 * one the entity states ({@code @Index(name = ...)}). Renaming is instant; dropping and creating it again would
 * rebuild it and, for a unique index, stop enforcing uniqueness meanwhile.
 */
public record RenameIndex(QualifiedName table, Identifier from, Identifier to) implements Change {

    @Override
    public Change inverse() {
        return new RenameIndex(table, to, from);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String describe() {
        return "~ index " + from + " -> " + to + " on " + table;
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
