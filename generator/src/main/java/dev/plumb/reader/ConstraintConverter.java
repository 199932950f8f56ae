package dev.plumb.reader;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.Index;
import dev.plumb.model.IndexColumn;
import dev.plumb.model.IndexElement;
import dev.plumb.model.IndexExpression;
import dev.plumb.model.SqlExpression;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.UniqueConstraint;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Converts what hangs off a Hibernate table (unique keys, foreign keys, checks, indexes) into Plumb's records, the
 * way Hibernate's own DDL would create them: names only where the DDL writes a name, constraints Hibernate does not
 * create left out.
 */
final class ConstraintConverter {

    /** {@code @Index(options)} holding only a partial index's condition. */
    private static final Pattern WHERE = Pattern.compile("(?is)where\\s+(.+)");

    private final NameFolder names;

    ConstraintConverter(NameFolder names) {
        this.names = names;
    }

    List<Identifier> columns(Collection<Column> columns) {
        return columns.stream().map(names::column).toList();
    }

    /**
     * Table-level unique keys (named only when the mapping names them: PostgreSQL and H2 DDL inlines unnamed ones
     * without a name) and column-level {@code unique = true}, which Hibernate keeps on the column, not the table.
     */
    List<UniqueConstraint> uniqueConstraints(Table table) {
        List<UniqueConstraint> result = new ArrayList<>();
        List<List<Identifier>> seen = new ArrayList<>();
        for (UniqueKey key : table.getUniqueKeys().values()) {
            if (table.isRedundantUniqueKey(key)) {
                continue;
            }
            List<Identifier> columns = columns(key.getColumns());
            Optional<Identifier> name = key.isNameExplicit()
                    ? Optional.of(names.constraint(key.getName()))
                    : Optional.empty();
            addOnce(result, seen, new UniqueConstraint(name, columns));
        }
        for (Column column : table.getColumns()) {
            if (column.isUnique() && !isSolePrimaryKeyColumn(table, column)) {
                addOnce(result, seen, new UniqueConstraint(Optional.empty(), List.of(names.column(column))));
            }
        }
        return result;
    }

    private static void addOnce(List<UniqueConstraint> result, List<List<Identifier>> seen,
                                UniqueConstraint constraint) {
        if (!seen.contains(constraint.columns())) {
            seen.add(constraint.columns());
            result.add(constraint);
        }
    }

    private static boolean isSolePrimaryKeyColumn(Table table, Column column) {
        return table.getPrimaryKey() != null
                && table.getPrimaryKey().getColumns().equals(List.of(column));
    }

    /**
     * Foreign keys Hibernate creates: not those disabled by {@code ConstraintMode.NO_CONSTRAINT}, nor those between
     * tables that are not both physical. The name is Hibernate's (explicit or a generated hash), written bare.
     */
    List<ForeignKey> foreignKeys(Table table) {
        List<ForeignKey> result = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey key : table.getForeignKeyCollection()) {
            if (!key.isCreationEnabled() || !key.isPhysicalConstraint()) {
                continue;
            }
            Table referenced = key.getReferencedTable();
            List<Column> referencedColumns = key.isReferenceToPrimaryKey()
                    ? referenced.getPrimaryKey().getColumns()
                    : key.getReferencedColumns();
            result.add(new ForeignKey(Optional.of(names.constraint(key.getName())), columns(key.getColumns()),
                    names.table(referenced), columns(referencedColumns), onDelete(key.getOnDeleteAction())));
        }
        return result;
    }

    private static ReferentialAction onDelete(OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (action) {
            case NO_ACTION -> ReferentialAction.NO_ACTION;
            case CASCADE -> ReferentialAction.CASCADE;
            case RESTRICT -> ReferentialAction.RESTRICT;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
        };
    }

    /**
     * Column-level checks (enum values, ordinal ranges, {@code @Check} on a field, Bean Validation's {@code @Min} and
     * {@code @Max}) and table-level checks, each with the text the mapping gives it. A column's unnamed checks are one
     * constraint, as Hibernate's DDL writes them: {@code check ((c >= 1) and (c <= 5))}.
     */
    List<CheckConstraint> checks(Table table) {
        List<CheckConstraint> result = new ArrayList<>();
        for (Column column : table.getColumns()) {
            List<org.hibernate.mapping.CheckConstraint> unnamed = column.getCheckConstraints().stream()
                    .filter(org.hibernate.mapping.CheckConstraint::isAnonymous).toList();
            if (unnamed.size() == 1) {
                result.add(check(unnamed.get(0)));
            } else if (unnamed.size() > 1) {
                result.add(new CheckConstraint(Optional.empty(), unnamed.stream()
                        .map(org.hibernate.mapping.CheckConstraint::getConstraintInParens)
                        .collect(Collectors.joining(" and "))));
            }
            column.getCheckConstraints().stream().filter(check -> !check.isAnonymous())
                    .forEach(check -> result.add(check(check)));
        }
        table.getChecks().forEach(check -> result.add(check(check)));
        return result;
    }

    private CheckConstraint check(org.hibernate.mapping.CheckConstraint check) {
        Optional<Identifier> name = check.isNamed()
                ? Optional.of(names.constraint(check.getName()))
                : Optional.empty();
        return new CheckConstraint(name, check.getConstraint());
    }

    /**
     * Indexes with column and expression keys ({@code @Index(columnList = "(lower(domain))")}) and, from
     * {@code @Index(options = "where ...")}, the predicate of a partial index. Other options (Hibernate appends them
     * verbatim after the key list) are refused: Plumb could not compare them with the catalog.
     */
    List<Index> indexes(Table table) {
        List<Index> result = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            List<IndexElement> keys = new ArrayList<>();
            for (Selectable selectable : index.getSelectables()) {
                keys.add(indexKey(index, selectable));
            }
            result.add(new Index(names.constraint(index.getName()), keys, index.isUnique(), predicate(index)));
        }
        return result;
    }

    private static Optional<SqlExpression> predicate(org.hibernate.mapping.Index index) {
        String options = index.getOptions() == null ? "" : index.getOptions().strip();
        if (options.isEmpty()) {
            return Optional.empty();
        }
        Matcher where = WHERE.matcher(options);
        if (!where.matches()) {
            throw new MappingException("index " + index.getName() + " on " + index.getTable().getName()
                    + " has options '" + options + "' (@Index(options)), of which Plumb reproduces only a"
                    + " 'where ...' condition (a partial index): remove them or create the index in a hand-written"
                    + " migration (plumb new)");
        }
        return Optional.of(SqlExpression.of(where.group(1).strip()));
    }

    private IndexElement indexKey(org.hibernate.mapping.Index index, Selectable selectable) {
        String order = index.getSelectableOrderMap().get(selectable);
        boolean descending = order != null && order.trim().toLowerCase(Locale.ROOT).startsWith("desc");
        if (selectable instanceof Column column) {
            return new IndexColumn(names.column(column), descending);
        }
        return new IndexExpression(SqlExpression.of(withoutOuterParentheses(selectable.getText())), descending);
    }

    /**
     * {@code columnList = "(lower(domain))"} reaches the mapping as {@code ((lower(domain)))}; the renderer puts the one
     * pair of parentheses an index key needs back, so the key is kept bare.
     */
    static String withoutOuterParentheses(String text) {
        String result = text.strip();
        while (result.startsWith("(") && closingParenthesis(result) == result.length() - 1) {
            result = result.substring(1, result.length() - 1).strip();
        }
        return result;
    }

    /** The index of the parenthesis that closes the one at 0, string literals skipped; -1 when unbalanced. */
    private static int closingParenthesis(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
