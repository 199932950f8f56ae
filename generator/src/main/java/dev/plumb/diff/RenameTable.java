package dev.plumb.diff;

import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;

import java.util.List;

/**
 * Renames a table in place (same schema), keeping its rows. Only ever produced from a declared rename
 * ({@link RenameHints}).
 *
 * <p>Carries the table's identity columns: where the database names the sequence behind an identity column and the
 * primary key after the table ({@code t_id_seq}, {@code t_pkey}), the dialect's renderer renames them with it, so
 * that a later table with the old name can be created without a name clash.
 */
public record RenameTable(QualifiedName from, QualifiedName to, List<Identifier> identityColumns)
        implements Change {

    public RenameTable {
        if (!from.namespace().equals(to.namespace())) {
            throw new IllegalArgumentException("a table rename stays in its schema: " + from + " to " + to);
        }
        identityColumns = List.copyOf(identityColumns);
    }

    @Override
    public Change inverse() {
        return new RenameTable(to, from, identityColumns);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String describe() {
        return "~ table " + from + " renamed to " + to.name();
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
