package dev.plumb.diff;

/**
 * One step that moves a schema towards the desired one. Changes are data: the diff produces them, the planner orders
 * them and each dialect's renderer turns them into SQL. Every change carries enough to produce its own inverse, so a
 * down migration never has to look anything up.
 */
public sealed interface Change permits CreateTable, DropTable, AddColumn, DropColumn, AlterColumn,
        AddPrimaryKey, DropPrimaryKey, AddUniqueConstraint, DropUniqueConstraint,
        AddForeignKey, DropForeignKey, CreateIndex, DropIndex,
        AddCheckConstraint, DropCheckConstraint, CreateSequence, DropSequence, AlterSequence,
        CreateSchema, DropSchema, RenameTable, RenameColumn,
        RenameConstraint, RenameIndex {

    /** The change that undoes this one. {@code c.inverse().inverse()} equals {@code c}. */
    Change inverse();

    Safety safety();

    /**
     * False when the inverse restores the structure but cannot bring the stored values back as they were (a
     * conversion rewrites their spelling, a narrower numeric rounds them, a backfill overwrote nulls). Dropping a
     * table or column is reversible in this sense: the down restores the full definition, and the data loss is
     * stated by {@link Safety#DATA_LOSS}.
     */
    default boolean reversible() {
        return true;
    }

    /** One line for humans, starting with {@code +}, {@code ~} or {@code -}, for example {@code + table customer}. */
    String describe();

    <R> R accept(ChangeVisitor<R> visitor);
}
