package dev.plumb.writer;

import dev.plumb.diff.RenameTable;
import dev.plumb.diff.RenameColumn;
import dev.plumb.diff.RenameConstraint;
import dev.plumb.diff.RenameIndex;
import dev.plumb.diff.AddCheckConstraint;
import dev.plumb.diff.AddColumn;
import dev.plumb.diff.AddForeignKey;
import dev.plumb.diff.AddPrimaryKey;
import dev.plumb.diff.AddUniqueConstraint;
import dev.plumb.diff.AlterColumn;
import dev.plumb.diff.AlterSequence;
import dev.plumb.diff.Change;
import dev.plumb.diff.ChangeVisitor;
import dev.plumb.diff.CreateIndex;
import dev.plumb.diff.CreateSchema;
import dev.plumb.diff.CreateSequence;
import dev.plumb.diff.DropSchema;
import dev.plumb.diff.CreateTable;
import dev.plumb.diff.DropCheckConstraint;
import dev.plumb.diff.DropColumn;
import dev.plumb.diff.DropForeignKey;
import dev.plumb.diff.DropIndex;
import dev.plumb.diff.DropPrimaryKey;
import dev.plumb.diff.DropSequence;
import dev.plumb.diff.DropTable;
import dev.plumb.diff.DropUniqueConstraint;
import dev.plumb.model.Identifier;
import dev.plumb.model.QualifiedName;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The default title of a migration, from its first change: {@code Create customer}, {@code Add email to customer}.
 * The CLI's {@code --name} overrides it. Upper-case names (H2 folds to upper case) are shown in lower case.
 */
public final class ChangeTitles implements ChangeVisitor<String> {

    /** The title of a migration made of these changes; {@code Empty migration} when there are none. */
    public static String titleOf(List<Change> changes) {
        return changes.isEmpty() ? "Empty migration" : changes.get(0).accept(new ChangeTitles());
    }

    @Override
    public String visit(CreateTable change) {
        return "Create " + name(change.table().name());
    }

    @Override
    public String visit(DropTable change) {
        return "Drop " + name(change.table().name());
    }

    @Override
    public String visit(AddColumn change) {
        return "Add " + name(change.column().name()) + " to " + name(change.table());
    }

    @Override
    public String visit(DropColumn change) {
        return "Drop " + name(change.column().name()) + " from " + name(change.table());
    }

    @Override
    public String visit(AlterColumn change) {
        return "Alter " + name(change.table()) + " " + name(change.to().name());
    }

    @Override
    public String visit(AddPrimaryKey change) {
        return "Add primary key to " + name(change.table());
    }

    @Override
    public String visit(DropPrimaryKey change) {
        return "Drop primary key of " + name(change.table());
    }

    @Override
    public String visit(AddUniqueConstraint change) {
        return "Add unique " + columns(change.constraint().columns()) + " to " + name(change.table());
    }

    @Override
    public String visit(DropUniqueConstraint change) {
        return "Drop unique " + columns(change.constraint().columns()) + " from " + name(change.table());
    }

    @Override
    public String visit(AddForeignKey change) {
        return "Add " + name(change.table()) + " " + name(change.foreignKey().referencedTable()) + " foreign key";
    }

    @Override
    public String visit(DropForeignKey change) {
        return "Drop " + name(change.table()) + " " + name(change.foreignKey().referencedTable()) + " foreign key";
    }

    @Override
    public String visit(CreateIndex change) {
        return "Create index " + name(change.index().name());
    }

    @Override
    public String visit(DropIndex change) {
        return "Drop index " + name(change.index().name());
    }

    @Override
    public String visit(AddCheckConstraint change) {
        return "Add check to " + name(change.table());
    }

    @Override
    public String visit(DropCheckConstraint change) {
        return "Drop check from " + name(change.table());
    }

    @Override
    public String visit(CreateSchema change) {
        return "Create schema " + name(change.name());
    }

    @Override
    public String visit(DropSchema change) {
        return "Drop schema " + name(change.name());
    }

    @Override
    public String visit(CreateSequence change) {
        return "Create sequence " + name(change.sequence().name());
    }

    @Override
    public String visit(DropSequence change) {
        return "Drop sequence " + name(change.sequence().name());
    }

    @Override
    public String visit(AlterSequence change) {
        return "Alter sequence " + name(change.to().name());
    }

    private static String name(QualifiedName name) {
        return name.namespace().map(ns -> name(ns) + " ").orElse("") + name(name.name());
    }

    private static String name(Identifier identifier) {
        String value = identifier.value();
        return value.equals(value.toUpperCase(Locale.ROOT)) ? value.toLowerCase(Locale.ROOT) : value;
    }

    private static String columns(List<Identifier> columns) {
        return columns.stream().map(ChangeTitles::name).collect(Collectors.joining(" "));
    }

    @Override
    public String visit(RenameTable change) {
        return "Rename " + name(change.from()) + " to " + name(change.to().name());
    }

    @Override
    public String visit(RenameColumn change) {
        return "Rename " + name(change.from()) + " to " + name(change.to()) + " in " + name(change.table());
    }

    @Override
    public String visit(RenameConstraint change) {
        return "Rename " + name(change.from()) + " to " + name(change.to()) + " on " + name(change.table());
    }

    @Override
    public String visit(RenameIndex change) {
        return "Rename " + name(change.from()) + " to " + name(change.to()) + " on " + name(change.table());
    }
}
