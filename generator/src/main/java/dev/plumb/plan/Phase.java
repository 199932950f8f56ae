package dev.plumb.plan;

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
import dev.plumb.diff.DropSchema;
import dev.plumb.diff.CreateSequence;
import dev.plumb.diff.CreateTable;
import dev.plumb.diff.DropCheckConstraint;
import dev.plumb.diff.DropColumn;
import dev.plumb.diff.DropForeignKey;
import dev.plumb.diff.DropIndex;
import dev.plumb.diff.DropPrimaryKey;
import dev.plumb.diff.DropSequence;
import dev.plumb.diff.DropTable;
import dev.plumb.diff.DropUniqueConstraint;
import dev.plumb.diff.RenameColumn;
import dev.plumb.diff.RenameConstraint;
import dev.plumb.diff.RenameIndex;
import dev.plumb.diff.RenameTable;

/**
 * The phases of a migration, in apply order. Everything that depends on an object is removed before the object,
 * and every object exists before anything that depends on it is added:
 * <ol>
 *   <li>renames come first, so every later step (and, in the down migration, every earlier one) uses the new
 *       names; the differ compares the renamed current table with the desired one;</li>
 *   <li>constraints and indexes are renamed once those they could clash with are dropped (see
 *       {@code RENAME_CONSTRAINTS});</li>
 *   <li>foreign keys go first, so no table, column or key they point at is still referenced;</li>
 *   <li>then indexes and the other constraints, then columns, then whole tables;</li>
 *   <li>sequences are created before tables (a default may call {@code nextval}) and dropped last (after the tables
 *       and columns whose defaults might use them);</li>
 *   <li>tables, then columns, then column alterations (a new {@code not null} before the primary key that needs
 *       it; the primary key dropped before a column may become nullable), then keys and checks, then indexes;</li>
 *   <li>foreign keys are added last, when every table and referenced key exists: this is what makes cycles between
 *       tables harmless.</li>
 * </ol>
 * Namespaces ({@code create schema}) come before everything and are dropped after everything.
 * The declaration order of the constants is the order of the phases.
 */
enum Phase {
    CREATE_SCHEMAS,
    RENAME_TABLES,
    RENAME_COLUMNS,
    DROP_FOREIGN_KEYS,
    DROP_INDEXES,
    DROP_CONSTRAINTS,
    RENAME_CONSTRAINTS,
    DROP_COLUMNS,
    DROP_TABLES,
    CREATE_SEQUENCES,
    CREATE_TABLES,
    ADD_COLUMNS,
    ALTER_COLUMNS,
    ADD_CONSTRAINTS,
    CREATE_INDEXES,
    ADD_FOREIGN_KEYS,
    DROP_SEQUENCES,
    DROP_SCHEMAS;

    static Phase of(Change change) {
        return change.accept(PhaseFinder.INSTANCE);
    }

    /** Exhaustive by construction: a new kind of change does not compile until it has a phase. */
    private enum PhaseFinder implements ChangeVisitor<Phase> {
        INSTANCE;

        @Override
        public Phase visit(CreateTable change) {
            return CREATE_TABLES;
        }

        @Override
        public Phase visit(DropTable change) {
            return DROP_TABLES;
        }

        @Override
        public Phase visit(AddColumn change) {
            return ADD_COLUMNS;
        }

        @Override
        public Phase visit(DropColumn change) {
            return DROP_COLUMNS;
        }

        @Override
        public Phase visit(AlterColumn change) {
            return ALTER_COLUMNS;
        }

        @Override
        public Phase visit(AddPrimaryKey change) {
            return ADD_CONSTRAINTS;
        }

        @Override
        public Phase visit(DropPrimaryKey change) {
            return DROP_CONSTRAINTS;
        }

        @Override
        public Phase visit(AddUniqueConstraint change) {
            return ADD_CONSTRAINTS;
        }

        @Override
        public Phase visit(DropUniqueConstraint change) {
            return DROP_CONSTRAINTS;
        }

        @Override
        public Phase visit(AddForeignKey change) {
            return ADD_FOREIGN_KEYS;
        }

        @Override
        public Phase visit(DropForeignKey change) {
            return DROP_FOREIGN_KEYS;
        }

        @Override
        public Phase visit(CreateIndex change) {
            return CREATE_INDEXES;
        }

        @Override
        public Phase visit(DropIndex change) {
            return DROP_INDEXES;
        }

        @Override
        public Phase visit(AddCheckConstraint change) {
            return ADD_CONSTRAINTS;
        }

        @Override
        public Phase visit(DropCheckConstraint change) {
            return DROP_CONSTRAINTS;
        }

        @Override
        public Phase visit(CreateSequence change) {
            return CREATE_SEQUENCES;
        }

        @Override
        public Phase visit(DropSequence change) {
            return DROP_SEQUENCES;
        }

        @Override
        public Phase visit(AlterSequence change) {
            return CREATE_SEQUENCES;
        }
    
        @Override
        public Phase visit(CreateSchema change) {
            return CREATE_SCHEMAS;
        }

        @Override
        public Phase visit(DropSchema change) {
            return DROP_SCHEMAS;
        }

        @Override
        public Phase visit(RenameTable change) {
            return RENAME_TABLES;
        }

        @Override
        public Phase visit(RenameColumn change) {
            return RENAME_COLUMNS;
        }

        @Override
        public Phase visit(RenameConstraint change) {
            return RENAME_CONSTRAINTS;
        }

        @Override
        public Phase visit(RenameIndex change) {
            return RENAME_CONSTRAINTS;
        }
    }
}
