package dev.plumb.diff;

import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;

import java.util.Optional;

/**
 * A possible rename no one declared: a table or column disappears and a compatible one appears. Plumb never applies
 * it on a guess; {@link #hint()} is what the user passes to declare it.
 *
 * @param oldColumn empty for a table rename
 */
public record RenameCandidate(QualifiedName oldTable, QualifiedName newTable, Optional<Identifier> oldColumn,
                              Optional<Identifier> newColumn) {

    public boolean isTable() {
        return oldColumn.isEmpty();
    }

    /** {@code column customer.display_name disappears and customer.full_name appears}. */
    public String describe() {
        return isTable()
                ? "table " + oldTable + " disappears and table " + newTable + " appears"
                : "column " + newTable + "." + oldColumn.get() + " disappears and " + newTable + "."
                        + newColumn.get() + " appears";
    }

    /** The option that declares this rename: {@code --rename customer.display_name=full_name}. */
    public String hint() {
        return isTable()
                ? "--rename-table " + oldTable + "=" + newTable.name()
                : "--rename " + newTable + "." + oldColumn.get() + "=" + newColumn.get();
    }
}
