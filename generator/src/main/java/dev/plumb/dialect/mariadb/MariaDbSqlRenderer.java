package dev.plumb.dialect.mariadb;

import dev.plumb.dialect.common.CommonSqlRenderer;
import dev.plumb.diff.AlterColumn;
import dev.plumb.diff.CreateIndex;
import dev.plumb.diff.CreateTable;
import dev.plumb.diff.DropForeignKey;
import dev.plumb.diff.DropIndex;
import dev.plumb.diff.DropUniqueConstraint;
import dev.plumb.diff.RenameConstraint;
import dev.plumb.diff.RenameIndex;
import dev.plumb.diff.RenameTable;
import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Column;
import dev.plumb.model.PrimaryKey;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * MariaDB's SQL (10.5+; checked against 10.11): the common statements with backtick quoting, and these differences
 * (<a href="https://mariadb.com/kb/en/alter-table/">ALTER TABLE</a>):
 * <ul>
 *   <li>an identity column is {@code auto_increment}, declared in the column definition;</li>
 *   <li>a column is altered by restating its whole definition, {@code modify column c <type> [default]
 *       [not null] [auto_increment]}: MariaDB has no {@code set data type} / {@code set not null}. A change of the
 *       default alone keeps {@code alter column c set default} / {@code drop default};</li>
 *   <li>a primary key is dropped with {@code drop primary key} (its name is always {@code PRIMARY}), a unique
 *       constraint with {@code drop index} (it is one), a foreign key with {@code drop foreign key}, followed by the
 *       index InnoDB created for it under its name, if it is still there
 *       (<a href="https://mariadb.com/kb/en/foreign-keys/">foreign keys</a>: dropping the key leaves the index);</li>
 *   <li>an index is dropped with {@code drop index i on t} and renamed with {@code alter table t rename index};</li>
 *   <li>constraints cannot be renamed, except a unique constraint, which is an index (the differ drops and adds
 *       the others, see {@link MariaDbConstraintNaming#renames});</li>
 *   <li>a renamed table keeps its schema only when the new name is qualified too.</li>
 * </ul>
 * Known limits (checked on 10.11): {@code modify column} restates only what the model holds, so a column's own
 * collation or comment falls back to the table's; a column-level check (as Hibernate's own DDL and hand-written
 * schemas write them, named after the column) is restated by it ({@link MariaDbColumnChecks}), but cannot be dropped
 * by name, only by restating the column without it, so dropping one fails (error 1091). Checks Plumb adds are
 * table-level and drop by name.
 */
public final class MariaDbSqlRenderer extends CommonSqlRenderer {

    public MariaDbSqlRenderer() {
        super(MariaDbDialect.QUOTING);
    }

    @Override
    protected String dropPrimaryKey(QualifiedName table, PrimaryKey primaryKey) {
        return alterTable(table) + " drop primary key";
    }

    @Override
    protected String addIdentity(QualifiedName table, Column column) {
        return alterTable(table) + " modify column " + columnDefinition(column);
    }

    /**
     * {@code name type [default expr] [not null] [auto_increment] [check (...)]}: MariaDB's order, as Hibernate
     * writes it; the check is the column-level one the database has ({@link MariaDbColumnChecks}).
     */
    @Override
    protected String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ')
                .append(MariaDbColumnChecks.type(column.declaredType()));
        column.defaultExpression().ifPresent(d -> sql.append(" default ").append(d.text()));
        if (!column.nullable()) {
            sql.append(" not null");
        }
        if (column.identity()) {
            sql.append(" auto_increment");
        }
        MariaDbColumnChecks.condition(column.declaredType()).ifPresent(c -> sql.append(" check (").append(c)
                .append(')'));
        return sql.toString();
    }

    /**
     * The backfill first (it needs the column still nullable), then one {@code modify column} with the whole new
     * definition when the type, the nullability or the identity changes; a default alone is set or dropped.
     */
    @Override
    public List<String> visit(AlterColumn change) {
        List<String> statements = new ArrayList<>();
        change.backfillToRun().ifPresent(value -> statements.add("update " + name(change.table()) + " set "
                + quote(change.to().name()) + " = " + value + " where " + quote(change.to().name()) + " is null"));
        if (change.typeChanged() || change.nullabilityChanged() || change.identityChanged()) {
            statements.add(alterTable(change.table()) + " modify column "
                    + columnDefinition(MariaDbColumnChecks.restating(change.from(), change.to())));
        } else if (change.defaultChanged()) {
            String column = alterTable(change.table()) + " alter column " + quote(change.to().name());
            statements.add(change.to().defaultExpression().map(d -> column + " set default " + d.text())
                    .orElse(column + " drop default"));
        }
        return statements;
    }

    /**
     * A check the database has at the column level is written with its column ({@link #columnDefinition}), not again
     * as a table constraint of the same name, which MariaDB refuses ("Duplicate CHECK constraint name").
     */
    @Override
    public List<String> visit(CreateTable change) {
        Table table = change.table();
        Set<String> inline = table.columns().stream()
                .filter(c -> MariaDbColumnChecks.condition(c.declaredType()).isPresent())
                .map(c -> c.name().value().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (inline.isEmpty()) {
            return super.visit(change);
        }
        List<CheckConstraint> checks = table.checks().stream().filter(check -> check.name()
                .map(n -> !inline.contains(n.value().toLowerCase(Locale.ROOT))).orElse(true)).toList();
        return super.visit(new CreateTable(table.withConstraints(table.uniqueConstraints(), table.foreignKeys(),
                checks, table.indexes())));
    }

    @Override
    public List<String> visit(DropUniqueConstraint change) {
        return List.of(alterTable(change.table()) + " drop index "
                + quote(requireName(change.table(), change.constraint().name())));
    }

    @Override
    public List<String> visit(DropForeignKey change) {
        String name = quote(requireName(change.table(), change.foreignKey().name()));
        return List.of(alterTable(change.table()) + " drop foreign key " + name,
                alterTable(change.table()) + " drop index if exists " + name);
    }

    @Override
    public List<String> visit(CreateIndex change) {
        return List.of(createIndex(change, ""));
    }

    @Override
    public List<String> visit(DropIndex change) {
        return List.of("drop index " + quote(change.index().name()) + " on " + name(change.table()));
    }

    /**
     * The new name is qualified like the old one: MariaDB moves a table renamed to an unqualified name into the
     * session's database (<a href="https://mariadb.com/kb/en/rename-table/">RENAME TABLE</a>: "you can also use it
     * to move a table between databases"), out of the schema it was in.
     */
    @Override
    public List<String> visit(RenameTable change) {
        return List.of(alterTable(change.from()) + " rename to "
                + name(new QualifiedName(change.from().namespace(), change.to().name())));
    }

    @Override
    public List<String> visit(RenameIndex change) {
        return List.of(alterTable(change.table()) + " rename index " + quote(change.from()) + " to "
                + quote(change.to()));
    }

    /** A unique constraint is an index and is renamed as one; MariaDB has no rename for other constraints. */
    @Override
    public List<String> visit(RenameConstraint change) {
        if (change.kind() != RenameConstraint.Kind.UNIQUE) {
            throw new UnsupportedOperationException("MariaDB cannot rename the " + change.kind().label()
                    + " constraint " + change.from().value() + " of " + change.table()
                    + ": name it " + change.from().value() + " in the entity, or drop and re-create it by hand");
        }
        return List.of(alterTable(change.table()) + " rename index " + quote(change.from()) + " to "
                + quote(change.to()));
    }
}
