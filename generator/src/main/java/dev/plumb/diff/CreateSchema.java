package dev.plumb.diff;

import dev.plumb.model.Identifier;

/**
 * Creates a namespace an entity names ({@code @Table(schema = "sales")}) that the database does not have yet; always
 * the first step of a migration, so its tables and sequences can be created in it.
 */
public record CreateSchema(Identifier name) implements Change {

    @Override
    public Change inverse() {
        return new DropSchema(name);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String describe() {
        return "+ schema " + name;
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
