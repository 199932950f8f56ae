package dev.plumb.dialect.sql;

import dev.plumb.model.CheckConstraint;
import dev.plumb.model.Column;
import dev.plumb.model.ForeignKey;
import dev.plumb.model.Identifier;
import dev.plumb.model.Index;
import dev.plumb.model.IndexElement;
import dev.plumb.model.SqlExpression;
import dev.plumb.model.PrimaryKey;
import dev.plumb.model.QualifiedName;
import dev.plumb.model.ReferentialAction;
import dev.plumb.model.Table;
import dev.plumb.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One table being assembled from catalog rows. Key columns arrive one row each, in key order, and are appended to
 * the constraint or index of the same name.
 */
public final class TableAssembly {

    /** One column of a foreign key as the catalog lists it. */
    public record ForeignKeyColumn(String column, QualifiedName referencedTable, String referencedColumn,
                                   ReferentialAction onDelete) {
    }

    private record IndexDraft(boolean unique, List<IndexElement> columns, Optional<SqlExpression> predicate) {
    }

    private final QualifiedName name;
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, List<Identifier>> primaryKey = new LinkedHashMap<>();
    private final Map<String, List<Identifier>> uniques = new LinkedHashMap<>();
    private final Map<String, List<ForeignKeyColumn>> foreignKeys = new LinkedHashMap<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private final Map<String, IndexDraft> indexes = new LinkedHashMap<>();

    TableAssembly(QualifiedName name) {
        this.name = name;
    }

    public void addColumn(Column column) {
        columns.add(column);
    }

    /** Whether a column of this name has been added (catalogs can hold stale names, see H2ConstraintCatalog). */
    public boolean hasColumn(String column) {
        return columns.stream().anyMatch(c -> c.name().value().equals(column));
    }

    public void addPrimaryKeyColumn(String constraint, String column) {
        primaryKey.computeIfAbsent(constraint, k -> new ArrayList<>()).add(new Identifier(column));
    }

    public void addUniqueColumn(String constraint, String column) {
        uniques.computeIfAbsent(constraint, k -> new ArrayList<>()).add(new Identifier(column));
    }

    public void addForeignKeyColumn(String constraint, ForeignKeyColumn column) {
        foreignKeys.computeIfAbsent(constraint, k -> new ArrayList<>()).add(column);
    }

    public void addCheck(String constraint, String expression) {
        checks.add(new CheckConstraint(Optional.of(new Identifier(constraint)), expression));
    }

    public void addIndexColumn(String index, boolean unique, IndexElement column) {
        addIndexColumn(index, unique, column, Optional.empty());
    }

    /** A key of an index; the predicate is that of a partial index (the same on every key row of the index). */
    public void addIndexColumn(String index, boolean unique, IndexElement column, Optional<SqlExpression> predicate) {
        indexes.computeIfAbsent(index, k -> new IndexDraft(unique, new ArrayList<>(), predicate)).columns()
                .add(column);
    }

    Table build() {
        Optional<PrimaryKey> pk = primaryKey.entrySet().stream().findFirst()
                .map(e -> new PrimaryKey(Optional.of(new Identifier(e.getKey())), e.getValue()));
        List<UniqueConstraint> uniqueConstraints = uniques.entrySet().stream()
                .map(e -> new UniqueConstraint(Optional.of(new Identifier(e.getKey())), e.getValue())).toList();
        List<Index> indexList = indexes.entrySet().stream()
                .map(e -> new Index(new Identifier(e.getKey()), e.getValue().columns(), e.getValue().unique(),
                        e.getValue().predicate()))
                .toList();
        return new Table(name, columns, pk, uniqueConstraints, foreignKeys.entrySet().stream()
                .map(e -> foreignKey(e.getKey(), e.getValue())).toList(), checks, indexList);
    }

    private static ForeignKey foreignKey(String name, List<ForeignKeyColumn> parts) {
        ForeignKeyColumn first = parts.get(0);
        return new ForeignKey(Optional.of(new Identifier(name)),
                parts.stream().map(p -> new Identifier(p.column())).toList(), first.referencedTable(),
                parts.stream().map(p -> new Identifier(p.referencedColumn())).toList(), first.onDelete());
    }
}
