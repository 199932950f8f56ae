package dev.plumb.diff;

import dev.plumb.model.Identifier;

/**
 * Drops a namespace; always the last step of a migration, after its tables and sequences are gone. Rendered without
 * {@code cascade}: if anything Plumb does not manage is still in it, the database refuses instead of losing it.
 */
public record DropSchema(Identifier name) implements Change {

    @Override
    public Change inverse() {
        return new CreateSchema(name);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String describe() {
        return "- schema " + name;
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
