package dev.plumb.diff;

import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;

/**
 * Renames a column in place, keeping its rows. Only ever produced from a declared rename ({@link RenameHints}):
 * Plumb recognises candidates but never guesses.
 *
 * @param table the table's name after any rename of the table itself (table renames run first)
 */
public record RenameColumn(QualifiedName table, Identifier from, Identifier to) implements Change {

    @Override
    public Change inverse() {
        return new RenameColumn(table, to, from);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String describe() {
        return "~ column " + table + "." + from + " renamed to " + to;
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
