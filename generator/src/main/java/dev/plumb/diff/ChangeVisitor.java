package dev.plumb.diff;

/**
 * One method per kind of change. Java 17 has no pattern matching over sealed types in {@code switch}, so a visitor
 * is how renderers and planners get a compile error when a new kind of change is added.
 */
public interface ChangeVisitor<R> {
    R visit(CreateTable change);

    R visit(DropTable change);

    R visit(AddColumn change);

    R visit(DropColumn change);

    R visit(AlterColumn change);

    R visit(AddPrimaryKey change);

    R visit(DropPrimaryKey change);

    R visit(AddUniqueConstraint change);

    R visit(DropUniqueConstraint change);

    R visit(AddForeignKey change);

    R visit(DropForeignKey change);

    R visit(CreateIndex change);

    R visit(DropIndex change);

    R visit(AddCheckConstraint change);

    R visit(DropCheckConstraint change);

    R visit(CreateSequence change);

    R visit(DropSequence change);

    R visit(AlterSequence change);

    R visit(CreateSchema change);

    R visit(DropSchema change);

    R visit(RenameTable change);

    R visit(RenameColumn change);

    R visit(RenameConstraint change);

    R visit(RenameIndex change);
}
