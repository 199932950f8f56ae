package dev.plumb.diff;

import dev.plumb.model.Column;
import dev.plumb.model.QualifiedName;

/** Adds a column to an existing table. */
public record AddColumn(QualifiedName table, Column column) implements Change {

    @Override
    public Change inverse() {
        return new DropColumn(table, column);
    }

    @Override
    public Safety safety() {
        boolean needsValueForExistingRows = !column.nullable() && column.defaultExpression().isEmpty()
                && !column.identity();
        return needsValueForExistingRows ? Safety.DATA_DEPENDENT : Safety.SAFE;
    }

    @Override
    public String describe() {
        return "+ column " + table + "." + column.name() + " " + column.type();
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
