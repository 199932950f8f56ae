package dev.plumb.diff;

import dev.plumb.model.Index;
import dev.plumb.model.QualifiedName;

/**
 * Creates an index. A plain build blocks writes to the table while it runs.
 *
 * @param withTable the table is created by the same migration: it is empty, so the build neither waits nor fails
 */
public record CreateIndex(QualifiedName table, Index index, boolean withTable) implements Change {

    /** An index created on a table that already exists. */
    public CreateIndex(QualifiedName table, Index index) {
        this(table, index, false);
    }

    @Override
    public Change inverse() {
        return new DropIndex(table, index, withTable);
    }

    @Override
    public Safety safety() {
        if (withTable) {
            return Safety.SAFE;
        }
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
