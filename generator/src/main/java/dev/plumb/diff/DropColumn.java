package dev.plumb.diff;

import dev.plumb.model.Column;
import dev.plumb.model.QualifiedName;

/** Drops a column; carries its definition so the inverse can add it back (empty). */
public record DropColumn(QualifiedName table, Column column) implements Change {

    @Override
    public Change inverse() {
        return new AddColumn(table, column);
    }

    @Override
    public Safety safety() {
        return Safety.DATA_LOSS;
    }

    @Override
    public String describe() {
        return "- column " + table + "." + column.name();
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
