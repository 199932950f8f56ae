package dev.plumb.diff;

import dev.plumb.model.Index;
import dev.plumb.model.QualifiedName;

/** Creates an index. A plain build blocks writes to the table while it runs. */
public record CreateIndex(QualifiedName table, Index index) implements Change {

    @Override
    public Change inverse() {
        return new DropIndex(table, index);
    }

    @Override
    public Safety safety() {
        return index.unique() ? Safety.DATA_DEPENDENT : Safety.LOCKING;
    }

    @Override
    public String describe() {
        return "+ " + (index.unique() ? "unique index " : "index ") + index.name() + " on " + table;
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
