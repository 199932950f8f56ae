package dev.plumb.diff;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Table;

import java.util.List;
import java.util.Set;

/**
 * Names for constraints the entity leaves unnamed but that the differ must add to an existing table: such a
 * constraint needs a name so that its inverse (the down migration) can drop it again. The dialect answers, so that
 * a constraint Plumb adds to a table gets the name the database itself would give it in a {@code create table}: a
 * table created by Plumb and one altered by Plumb then end up with the same names.
 */
public interface ConstraintNaming {

    Identifier primaryKey(QualifiedName table);

    Identifier unique(QualifiedName table, List<Identifier> columns);

    Identifier foreignKey(QualifiedName table, List<Identifier> columns);

    /**
     * The name of an added check, distinct from the names already {@code taken} in the table (two unnamed checks on
     * one column are both added).
     */
    Identifier check(Table table, CheckConstraint check, Set<Identifier> taken);

    /**
     * Whether the database renames a constraint of this kind in place; where it cannot (MariaDB has no rename for a
     * foreign key or a check), the differ drops the constraint under its old name and adds it under the new one.
     */
    default boolean renames(RenameConstraint.Kind kind) {
        return true;
    }
}
