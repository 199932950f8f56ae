package dev.plumb.diff;

import dev.plumb.model.Column;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.ReferentialAction;

/**
 * Words for an object Plumb keeps because the entities do not describe it: the object as the database has it, under
 * its own name and with the rule that made it worth keeping ({@code on delete cascade}, the default's text), so a
 * reviewer recognises it in the database. A kept object is carried as the change {@code --prune} would make, which
 * describes what would happen, not what is there.
 */
public final class KeptObjects {

    private KeptObjects() {
    }

    public static String describe(Change kept) {
        if (kept instanceof DropForeignKey drop) {
            return foreignKey(drop);
        }
        if (kept instanceof DropIndex drop) {
            return (drop.index().unique() ? "unique index " : "index ") + drop.index().name() + " on " + drop.table()
                    + drop.index().predicate().map(p -> " where " + p.text()).orElse("");
        }
        if (kept instanceof DropUniqueConstraint drop) {
            return "unique" + named(drop.constraint().name().map(Identifier::toString).orElse("")) + " on "
                    + drop.table() + " " + Describe.columns(drop.constraint().columns());
        }
        if (kept instanceof DropCheckConstraint drop) {
            return "check" + named(drop.check().name().map(Identifier::toString).orElse("")) + " on " + drop.table()
                    + ": " + drop.check().expression().text();
        }
        if (kept instanceof DropTable drop) {
            return "table " + drop.table().name();
        }
        if (kept instanceof DropSequence drop) {
            return "sequence " + drop.sequence().name();
        }
        if (kept instanceof AlterColumn alter) {
            return columnRule(alter);
        }
        return kept.describe();
    }

    private static String foreignKey(DropForeignKey drop) {
        ForeignKey key = drop.foreignKey();
        String rule = key.onDelete() == ReferentialAction.NO_ACTION ? "" : " on delete " + key.onDelete().sql();
        return "foreign key" + named(key.name().map(Identifier::toString).orElse("")) + " on " + drop.table() + " "
                + Describe.columns(key.columns()) + " references " + key.referencedTable() + " "
                + Describe.columns(key.referencedColumns()) + rule;
    }

    /** The part {@link Ownership} kept out of an alteration: a NOT NULL or a default. */
    private static String columnRule(AlterColumn alter) {
        Column from = alter.from();
        Column to = alter.to();
        String column = alter.table() + "." + from.name();
        if (!from.nullable() && to.nullable()) {
            return "not null on " + column;
        }
        if (from.defaultExpression().isPresent() && to.defaultExpression().isEmpty()) {
            return "default " + from.defaultExpression().get().text() + " on " + column;
        }
        return alter.describe();
    }

    private static String named(String name) {
        return name.isEmpty() ? "" : " " + name;
    }
}
