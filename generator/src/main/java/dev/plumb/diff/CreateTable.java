package dev.plumb.diff;

import dev.plumb.model.Table;

/**
 * Creates a table with its columns, primary key, unique and check constraints. Foreign keys and indexes are separate
 * changes so that tables that reference each other can be created in any order.
 */
public record CreateTable(Table table) implements Change {

    public CreateTable {
        table = table.withoutForeignKeysAndIndexes();
    }

    @Override
    public Change inverse() {
        return new DropTable(table);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String describe() {
        return "+ table " + table.name();
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
