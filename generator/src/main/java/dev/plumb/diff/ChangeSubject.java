package dev.plumb.diff;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.PrimaryKey;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.UniqueConstraint;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a change is about: the table or sequence it touches ({@code owner}) and the object inside it ({@code object}:
 * a column, constraint or index name, empty for the table or sequence itself). It gives the differ and the planner
 * one deterministic sort key, so the same two schemas always produce the same migration text.
 */
public record ChangeSubject(QualifiedName owner, String object) {

    /** Orders changes by owner, then object, then their description (which also tells kinds apart). */
    public static final Comparator<Change> ORDER = Comparator
            .comparing((Change c) -> of(c).owner())
            .thenComparing(c -> of(c).object())
            .thenComparing(Change::describe);

    public static ChangeSubject of(Change change) {
        return change.accept(new Finder());
    }

    private static String columns(List<Identifier> columns) {
        return columns.stream().map(Identifier::value).collect(Collectors.joining(","));
    }

    private static String name(PrimaryKey pk) {
        return pk.name().map(Identifier::value).orElse("");
    }

    private static String name(UniqueConstraint uc) {
        return uc.name().map(Identifier::value).orElseGet(() -> columns(uc.columns()));
    }

    private static String name(ForeignKey fk) {
        return fk.name().map(Identifier::value).orElseGet(() -> columns(fk.columns()));
    }

    private static String name(CheckConstraint check) {
        return check.name().map(Identifier::value).orElse(check.expression().text());
    }

    private static final class Finder implements ChangeVisitor<ChangeSubject> {

        @Override
        public ChangeSubject visit(CreateTable c) {
            return new ChangeSubject(c.table().name(), "");
        }

        @Override
        public ChangeSubject visit(DropTable c) {
            return new ChangeSubject(c.table().name(), "");
        }

        @Override
        public ChangeSubject visit(AddColumn c) {
            return new ChangeSubject(c.table(), c.column().name().value());
        }

        @Override
        public ChangeSubject visit(DropColumn c) {
            return new ChangeSubject(c.table(), c.column().name().value());
        }

        @Override
        public ChangeSubject visit(AlterColumn c) {
            return new ChangeSubject(c.table(), c.to().name().value());
        }

        @Override
        public ChangeSubject visit(AddPrimaryKey c) {
            return new ChangeSubject(c.table(), name(c.primaryKey()));
        }

        @Override
        public ChangeSubject visit(DropPrimaryKey c) {
            return new ChangeSubject(c.table(), name(c.primaryKey()));
        }

        @Override
        public ChangeSubject visit(AddUniqueConstraint c) {
            return new ChangeSubject(c.table(), name(c.constraint()));
        }

        @Override
        public ChangeSubject visit(DropUniqueConstraint c) {
            return new ChangeSubject(c.table(), name(c.constraint()));
        }

        @Override
        public ChangeSubject visit(AddForeignKey c) {
            return new ChangeSubject(c.table(), name(c.foreignKey()));
        }

        @Override
        public ChangeSubject visit(DropForeignKey c) {
            return new ChangeSubject(c.table(), name(c.foreignKey()));
        }

        @Override
        public ChangeSubject visit(CreateIndex c) {
            return new ChangeSubject(c.table(), c.index().name().value());
        }

        @Override
        public ChangeSubject visit(DropIndex c) {
            return new ChangeSubject(c.table(), c.index().name().value());
        }

        @Override
        public ChangeSubject visit(AddCheckConstraint c) {
            return new ChangeSubject(c.table(), name(c.check()));
        }

        @Override
        public ChangeSubject visit(DropCheckConstraint c) {
            return new ChangeSubject(c.table(), name(c.check()));
        }

        @Override
        public ChangeSubject visit(CreateSchema c) {
            return new ChangeSubject(new QualifiedName(java.util.Optional.empty(), c.name()), "");
        }

        @Override
        public ChangeSubject visit(DropSchema c) {
            return new ChangeSubject(new QualifiedName(java.util.Optional.empty(), c.name()), "");
        }

        @Override
        public ChangeSubject visit(CreateSequence c) {
            return new ChangeSubject(c.sequence().name(), "");
        }

        @Override
        public ChangeSubject visit(DropSequence c) {
            return new ChangeSubject(c.sequence().name(), "");
        }

        @Override
        public ChangeSubject visit(AlterSequence c) {
            return new ChangeSubject(c.to().name(), "");
        }

        @Override
        public ChangeSubject visit(RenameTable c) {
            // the lesser of both names, so that a rename and its inverse sort together
            return new ChangeSubject(c.from().compareTo(c.to()) < 0 ? c.from() : c.to(), "");
        }

        @Override
        public ChangeSubject visit(RenameColumn c) {
            return new ChangeSubject(c.table(), (c.from().compareTo(c.to()) < 0 ? c.from() : c.to()).value());
        }

        @Override
        public ChangeSubject visit(RenameConstraint c) {
            return new ChangeSubject(c.table(), (c.from().compareTo(c.to()) < 0 ? c.from() : c.to()).value());
        }

        @Override
        public ChangeSubject visit(RenameIndex c) {
            return new ChangeSubject(c.table(), (c.from().compareTo(c.to()) < 0 ? c.from() : c.to()).value());
        }
    }
}
