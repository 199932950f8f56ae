package dev.plumb.diff;

import dev.plumb.model.Table;

/** Drops a table. Carries the whole definition so that its inverse can recreate it (without the rows). */
public record DropTable(Table table) implements Change {

    public DropTable {
        table = table.withoutForeignKeysAndIndexes();
    }

    @Override
    public Change inverse() {
        return new CreateTable(table);
    }

    @Override
    public Safety safety() {
        return Safety.DATA_LOSS;
    }

    @Override
    public String describe() {
        return "- table " + table.name();
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
